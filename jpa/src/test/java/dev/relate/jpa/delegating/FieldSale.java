package dev.relate.jpa.delegating;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The owning side of {@link FieldShop#getSales()}, with field access; its setter delegates to relate. */
@Entity
@Table(name = "field_sale")
public class FieldSale {
    @Id
    @GeneratedValue
    private Long id;

    private String item;

    @ManyToOne(fetch = FetchType.LAZY)
    private FieldShop shop;

    /** For JPA. */
    protected FieldSale() {
    }

    public FieldSale(String item) {
        this.item = item;
    }

    public Long getId() {
        return id;
    }

    public String getItem() {
        return item;
    }

    public FieldShop getShop() {
        return shop;
    }

    /** Moves the sale to {@code shop}: it leaves its previous shop's sales and joins the new one's. */
    public void setShop(FieldShop shop) {
        FieldSaleRelations.setShop(this, shop);
    }

    @Override
    public String toString() {
        return "FieldSale(" + id + ", " + item + ")";
    }
}
