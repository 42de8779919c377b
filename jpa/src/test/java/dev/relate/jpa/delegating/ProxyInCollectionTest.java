package dev.relate.jpa.delegating;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A collection Hibernate loads holds the proxy of an element that the session made before (an
 * {@code em.getReference}, or a lazy many-to-one): the session keeps one object per row, and that
 * object is the proxy. The entity's own delegating methods, called on the proxy, run on the entity
 * behind it, so relate is handed the entity while the collection holds the proxy; it must take the
 * two for one object, as Hibernate does, and never leave the proxy behind or hold the row twice.
 */
class ProxyInCollectionTest {
    private Shops shops;
    private Long north;
    private Long south;
    private Long bread;
    private Long milk;

    @BeforeEach
    void open() {
        shops = new Shops("proxy_in_collection", FieldShop.class, FieldSale.class);
        shops.inTransaction(em -> {
            FieldShop northShop = new FieldShop("north");
            FieldShop southShop = new FieldShop("south");
            FieldSale breadSale = new FieldSale("bread");
            FieldSale milkSale = new FieldSale("milk");
            northShop.addSale(breadSale);
            northShop.addSale(milkSale);
            em.persist(northShop);
            em.persist(southShop);
            em.persist(breadSale);
            em.persist(milkSale);
            north = northShop.getId();
            south = southShop.getId();
            bread = breadSale.getId();
            milk = milkSale.getId();
        });
    }

    @AfterEach
    void close() {
        shops.close();
    }

    @Test
    void theEntityBehindAProxyLeavesTheCollectionThatHoldsTheProxy() {
        shops.inTransaction(em -> {
            FieldSale proxy = em.getReference(FieldSale.class, bread);
            FieldShop northShop = em.find(FieldShop.class, north);
            List<FieldSale> sales = northShop.getSales();
            assertThat(sales).contains(proxy);                   // the session's one object for the row
            assertThat(Hibernate.isInitialized(proxy)).isTrue(); // loaded with the collection
            FieldShop southShop = em.find(FieldShop.class, south);

            proxy.setShop(southShop);                            // runs FieldSaleRelations.setShop(entity, ...)

            assertThat(northShop.getSales()).hasSize(1);
            assertThat(northShop.getSales()).doesNotContain(proxy);
            assertThat(southShop.getSales()).hasSize(1);
            assertThat(proxy.getShop()).isSameInstanceAs(southShop);
        });
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":" + south, milk + ":" + north).inOrder();
    }

    @Test
    void removingTheEntityBehindAProxyTakesTheProxyOut() {
        shops.inTransaction(em -> {
            FieldSale proxy = em.getReference(FieldSale.class, bread);
            FieldShop northShop = em.find(FieldShop.class, north);
            assertThat(northShop.getSales()).contains(proxy);
            FieldSale entity = Hibernate.unproxy(proxy, FieldSale.class);

            northShop.removeSale(entity);

            assertThat(northShop.getSales()).hasSize(1);
            assertThat(northShop.getSales()).doesNotContain(proxy);
            assertThat(entity.getShop()).isNull();
        });
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":null", milk + ":" + north).inOrder();
    }

    @Test
    void theLiveViewFindsTheEntityBehindAProxyItHolds() {
        shops.inTransaction(em -> {
            FieldSale proxy = em.getReference(FieldSale.class, bread);
            FieldShop northShop = em.find(FieldShop.class, north);
            assertThat(northShop.getSales()).contains(proxy);
            FieldSale entity = Hibernate.unproxy(proxy, FieldSale.class);

            assertThat(northShop.getSales().indexOf(entity)).isEqualTo(northShop.getSales().indexOf(proxy));
            assertThat(northShop.getSales().remove(entity)).isTrue();
            assertThat(northShop.getSales()).hasSize(1);
        });
    }
}
