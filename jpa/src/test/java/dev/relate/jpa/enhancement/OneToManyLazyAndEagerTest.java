package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import java.util.Set;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hibernate's {@code OneToManyLazyAndEagerTest} and {@code OneToManyLazyAndEagerTest2}
 * ({@code org.hibernate.orm.test.bytecode.enhancement.association}): an order whose items are held
 * in a {@code final Set}, mapped by a lazy {@code @ManyToOne}, beside eager one-way
 * {@code @ManyToOne}s to the same class. There the graph is built by setting both sides by hand;
 * here one call links both, and the loaded graph is checked the same way.
 */
class OneToManyLazyAndEagerTest {
    private Store store;

    @BeforeEach
    void prepare() {
        store = new Store("enhancement_lazy_and_eager", PurchaseOrder.class, OrderItem.class, Shopper.class);
        store.inTransaction(em -> {
            Shopper marco = new Shopper("User 1", "Marco");
            Shopper andrea = new Shopper("User 2", "Andrea");
            PurchaseOrder order = new PurchaseOrder("Order 1");
            order.setUser(marco);
            order.setTargetUser(andrea);
            OrderItem item = new OrderItem("Order Item 1");
            item.setUser(marco);
            item.setOrder(order);                          // and order.orderItems holds it
            assertThat(order.getOrderItems()).containsExactly(item);
            em.persist(marco);
            em.persist(andrea);
            em.persist(order);
            em.persist(item);
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theEagerUsersAreInitializedAndTheItemsPointBack() {
        store.inTransaction(em -> {
            PurchaseOrder order = em.createQuery("select o from PurchaseOrder o", PurchaseOrder.class)
                    .getResultList().get(0);
            Shopper user = order.getUser();
            assertThat(Hibernate.isInitialized(user)).isTrue();
            assertThat(user.getName()).isEqualTo("Marco");
            assertThat(order.getTargetUser().getName()).isEqualTo("Andrea");
            assertThat(order.getOrderItems()).hasSize(1);
            OrderItem item = order.getOrderItems().iterator().next();
            assertThat(item.getOrder()).isSameInstanceAs(order);
            assertThat(item.getUser()).isSameInstanceAs(user);   // one object per row in a context
        });
    }

    /**
     * The {@code final} set field is never replaced: relate changes its contents in place, and
     * the one-way {@code @ManyToOne}s are plain setters' work (nothing to mirror).
     */
    @Test
    void aFinalSetIsReplacedInPlaceAndTheRowsFollow() {
        store.inTransaction(em -> {
            PurchaseOrder order = em.find(PurchaseOrder.class, "Order 1");
            Set<OrderItem> field = order.orderItemsField();
            OrderItem old = order.getOrderItems().iterator().next();
            OrderItem replacement = new OrderItem("Order Item 2");
            replacement.setUser(order.getUser());

            order.setOrderItems(Set.of(replacement));
            em.persist(replacement);                       // once it has its order (optional = false)

            assertThat(order.orderItemsField()).isSameInstanceAs(field);
            assertThat(order.getOrderItems()).containsExactly(replacement);
            assertThat(replacement.getOrder()).isSameInstanceAs(order);
            assertThat(old.getOrder()).isNull();
            em.remove(old);                                // optional = false: it cannot stay orderless
        });
        assertThat(store.rows("select id, order_id from enh_order_item"))
                .containsExactly("Order Item 2:Order 1");
    }
}
