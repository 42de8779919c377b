package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Hibernate's {@code OrderItem}: the owning side of {@link PurchaseOrder#getOrderItems()}, lazy. */
@Entity
@Table(name = "enh_order_item")
public class OrderItem {
    @Id
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Shopper user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PurchaseOrder order;

    protected OrderItem() {
    }

    public OrderItem(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public Shopper getUser() {
        return user;
    }

    public void setUser(Shopper user) {
        OrderItemRelations.setUser(this, user);
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public void setOrder(PurchaseOrder order) {
        OrderItemRelations.setOrder(this, order);
    }

    @Override
    public String toString() {
        return "OrderItem(" + id + ")";
    }
}
