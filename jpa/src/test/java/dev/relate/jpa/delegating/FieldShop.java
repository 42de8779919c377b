package dev.relate.jpa.delegating;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Field access ({@code @Id} on the field): Hibernate reads and writes the fields, so every public
 * method may delegate to relate, which reaches the private fields through handles.
 */
@Entity
@Table(name = "field_shop")
public class FieldShop {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @OneToMany(mappedBy = "shop")
    private List<FieldSale> sales = new ArrayList<>();

    /** For JPA. */
    protected FieldShop() {
    }

    public FieldShop(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** A live view: adding or removing through it keeps each sale's shop in sync. */
    public List<FieldSale> getSales() {
        return FieldShopRelations.sales(this);
    }

    public void setSales(List<FieldSale> sales) {
        FieldShopRelations.setSales(this, sales);
    }

    public void addSale(FieldSale sale) {
        FieldShopRelations.addToSales(this, sale);
    }

    public void removeSale(FieldSale sale) {
        FieldShopRelations.removeFromSales(this, sale);
    }

    @Override
    public String toString() {
        return "FieldShop(" + id + ", " + name + ")";
    }
}
