package dev.relate.jpa.delegating;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The owning side of {@link PropertyShop#getSales()}, with property access: {@link #moveTo} delegates. */
@Entity
@Table(name = "property_sale")
public class PropertySale {
    private Long id;

    private String item;

    private PropertyShop shop;

    /** For JPA. */
    protected PropertySale() {
    }

    public PropertySale(String item) {
        this.item = item;
    }

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    @ManyToOne(fetch = FetchType.LAZY)
    public PropertyShop getShop() {
        return shop;
    }

    /** Hibernate's. */
    public void setShop(PropertyShop shop) {
        this.shop = shop;
    }

    /** Moves the sale to {@code shop}: it leaves its previous shop's sales and joins the new one's. */
    public void moveTo(PropertyShop shop) {
        PropertySaleRelations.setShop(this, shop);
    }
}
