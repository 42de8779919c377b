package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * Hibernate's {@code Order} of {@code OneToManyLazyAndEagerTest}: a one-to-many held in a
 * {@code final} {@code Set}, and two eager one-way {@code @ManyToOne}s to the same class.
 */
@Entity
@Table(name = "enh_order")
public class PurchaseOrder {
    @Id
    private String id;

    @OneToMany(mappedBy = "order", fetch = FetchType.EAGER)
    private final Set<OrderItem> orderItems = new HashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    private Shopper user;

    @ManyToOne(fetch = FetchType.EAGER)
    private Shopper targetUser;

    protected PurchaseOrder() {
    }

    public PurchaseOrder(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public Set<OrderItem> getOrderItems() {
        return PurchaseOrderRelations.orderItems(this);
    }

    public void setOrderItems(Set<OrderItem> orderItems) {
        PurchaseOrderRelations.setOrderItems(this, orderItems);
    }

    public Shopper getUser() {
        return user;
    }

    public void setUser(Shopper user) {
        PurchaseOrderRelations.setUser(this, user);
    }

    public Shopper getTargetUser() {
        return targetUser;
    }

    public void setTargetUser(Shopper targetUser) {
        PurchaseOrderRelations.setTargetUser(this, targetUser);
    }

    /** The field itself, for assertions on what is stored. */
    Set<OrderItem> orderItemsField() {
        return orderItems;
    }

    @Override
    public String toString() {
        return "PurchaseOrder(" + id + ")";
    }
}
