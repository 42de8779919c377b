package dev.relate.jpa.delegating;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entities whose public setter, getter, addX and removeX delegate to relate, with private fields
 * and field access: no recursion (relate reaches the fields through handles, not the accessors),
 * and through Hibernate's lazy proxies relate reaches the entity behind the proxy.
 */
class FieldAccessDelegationTest {
    private Shops shops;
    private Long north;
    private Long south;
    private Long bread;
    private Long milk;

    @BeforeEach
    void open() {
        shops = new Shops("field_access_delegation", FieldShop.class, FieldSale.class);
        shops.inTransaction(em -> {
            FieldShop northShop = new FieldShop("north");
            FieldShop southShop = new FieldShop("south");
            FieldSale breadSale = new FieldSale("bread");
            FieldSale milkSale = new FieldSale("milk");
            breadSale.setShop(northShop);                   // the entity's own setter, delegating
            northShop.addSale(milkSale);                    // the entity's own addX, delegating
            assertThat(milkSale.getShop()).isSameInstanceAs(northShop);
            assertThat(northShop.getSales()).containsExactly(breadSale, milkSale).inOrder();
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
    void persistedLinksLoadInANewTransaction() {
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":" + north, milk + ":" + north).inOrder();
        shops.inTransaction(em -> {
            FieldShop shop = em.find(FieldShop.class, north);
            List<FieldSale> sales = shop.getSales();        // relate's live view of Hibernate's lazy bag
            assertThat(sales).hasSize(2);
            for (FieldSale sale : sales) {
                assertThat(sale.getShop()).isSameInstanceAs(shop);
            }
        });
    }

    @Test
    void movingASaleThroughTheDelegatingSetterUpdatesBothEndsAndTheRow() {
        shops.inTransaction(em -> {
            FieldSale sale = em.find(FieldSale.class, bread);
            FieldShop from = sale.getShop();                 // a lazy proxy
            assertThat(Hibernate.isInitialized(from)).isFalse();
            FieldShop to = em.getReference(FieldShop.class, south);
            assertThat(to.getClass()).isNotEqualTo(FieldShop.class);

            sale.setShop(to);                               // relate reaches the shops behind both proxies

            assertThat(sale.getShop()).isSameInstanceAs(to);
            assertThat(to.getSales()).containsExactly(sale);
            assertThat(from.getSales()).doesNotContain(sale);
            assertThat(Hibernate.unproxy(from, FieldShop.class).getSales()).hasSize(1);
        });
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":" + south, milk + ":" + north).inOrder();
        shops.inTransaction(em -> {
            assertThat(em.find(FieldShop.class, south).getSales()).hasSize(1);
            assertThat(em.find(FieldShop.class, north).getSales()).hasSize(1);
        });
    }

    @Test
    void addAndRemoveOnAProxyReachTheEntityBehindIt() {
        shops.inTransaction(em -> {
            FieldShop to = em.getReference(FieldShop.class, south);
            FieldSale milkSale = em.find(FieldSale.class, milk);
            to.addSale(milkSale);                            // the proxy runs addSale on the entity behind it
            // so the back reference is that entity, not the proxy: the same row to Hibernate
            assertThat(milkSale.getShop()).isSameInstanceAs(Hibernate.unproxy(to));
            assertThat(to.getSales()).containsExactly(milkSale);
            assertThat(to.getSales()).isNotInstanceOf(PersistentCollection.class); // a live view
        });
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":" + north, milk + ":" + south).inOrder();
        shops.inTransaction(em -> {
            FieldShop shop = em.getReference(FieldShop.class, north);
            FieldSale breadSale = em.find(FieldSale.class, bread);
            shop.removeSale(breadSale);
            assertThat(breadSale.getShop()).isNull();
            assertThat(shop.getSales()).isEmpty();
        });
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":null", milk + ":" + south).inOrder();
    }

    @Test
    void aReadWritesNothing() {
        shops.resetStatistics();
        shops.inTransaction(em -> {
            FieldShop shop = em.find(FieldShop.class, north);
            assertThat(shop.getSales()).hasSize(2);
        });
        assertThat(shops.statements()).contains("collection recreates 0, collection removes 0, inserts 0, updates 0");
    }

    @Test
    void theDelegatingCollectionSetterReplacesTheContentsOfHibernatesCollection() {
        shops.inTransaction(em -> {
            FieldShop shop = em.find(FieldShop.class, south);
            FieldSale breadSale = em.find(FieldSale.class, bread);
            FieldSale milkSale = em.find(FieldSale.class, milk);
            shop.setSales(List.of(milkSale, breadSale));
            assertThat(breadSale.getShop()).isSameInstanceAs(shop);
            assertThat(em.find(FieldShop.class, north).getSales()).isEmpty();
        });
        assertThat(shops.rows("field_sale")).containsExactly(bread + ":" + south, milk + ":" + south).inOrder();
    }
}
