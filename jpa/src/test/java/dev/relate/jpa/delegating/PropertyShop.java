package dev.relate.jpa.delegating;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Property access ({@code @Id} on the getter): Hibernate itself reads and writes the persistent state
 * through {@link #getSales()} and {@link #setSales}, so those stay plain (relate reports a call to it
 * from them as {@code RelatePropertyAccessor}); the methods Hibernate never calls delegate.
 */
@Entity
@Table(name = "property_shop")
public class PropertyShop {
    private Long id;

    private String name;

    private List<PropertySale> sales = new ArrayList<>();

    /** For JPA. */
    protected PropertyShop() {
    }

    public PropertyShop(String name) {
        this.name = name;
    }

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Hibernate's: the field as it is, Hibernate's own collection once loaded. */
    @OneToMany(mappedBy = "shop")
    public List<PropertySale> getSales() {
        return sales;
    }

    /** Hibernate's: it installs its own collection here. */
    public void setSales(List<PropertySale> sales) {
        this.sales = sales;
    }

    /** A live view of the sales: adding or removing through it keeps each sale's shop in sync. */
    public List<PropertySale> sales() {
        return PropertyShopRelations.sales(this);
    }

    /** Replaces the sales, relinking what left and what came in. */
    public void replaceSales(List<PropertySale> sales) {
        PropertyShopRelations.setSales(this, sales);
    }

    public void addSale(PropertySale sale) {
        PropertyShopRelations.addToSales(this, sale);
    }

    public void removeSale(PropertySale sale) {
        PropertyShopRelations.removeFromSales(this, sale);
    }
}
