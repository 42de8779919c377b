package dev.relate.jpa.delegating;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.collection.spi.PersistentCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Entities with property access ({@code @Id} on the getter) and private fields: Hibernate calls the
 * mapped getters and setters itself, which stay plain, and the entity's other public methods
 * ({@code addSale}, {@code removeSale}, {@code sales()}, {@code moveTo}) delegate to relate, which
 * reaches the private fields through handles and the entity behind a lazy proxy.
 */
class PropertyAccessDelegationTest {
    private Shops shops;
    private Long north;
    private Long south;
    private Long bread;
    private Long milk;

    @BeforeEach
    void open() {
        shops = new Shops("property_access_delegation", PropertyShop.class, PropertySale.class);
        shops.inTransaction(em -> {
            PropertyShop northShop = new PropertyShop("north");
            PropertyShop southShop = new PropertyShop("south");
            PropertySale breadSale = new PropertySale("bread");
            PropertySale milkSale = new PropertySale("milk");
            breadSale.moveTo(northShop);
            northShop.addSale(milkSale);
            assertThat(milkSale.getShop()).isSameInstanceAs(northShop);
            assertThat(northShop.sales()).containsExactly(breadSale, milkSale).inOrder();
            em.persist(northShop);
            em.persist(southShop);
            em.persist(breadSale);
            em.persist(milkSale);
            north = northShop.getId();
            south = southShop.getId();
            bread = breadSale.getId();
            milk = milkSale.getId();
        });
        shops.resetStatistics();
    }

    @AfterEach
    void close() {
        shops.close();
    }

    @Test
    void hibernateKeepsItsLazyCollectionAndWritesNothingOnARead() {
        shops.inTransaction(em -> {
            PropertyShop shop = em.find(PropertyShop.class, north);
            assertThat(shop.getSales()).isInstanceOf(PersistentCollection.class);
            assertThat(Hibernate.isInitialized(shop.getSales())).isFalse();
            List<PropertySale> sales = shop.sales();             // relate's view of Hibernate's bag
            assertThat(sales).hasSize(2);
            for (PropertySale sale : sales) {
                assertThat(sale.getShop()).isSameInstanceAs(shop);
            }
        });
        assertThat(shops.statements()).contains("collection recreates 0, collection removes 0, inserts 0, updates 0");
    }

    @Test
    void movingASaleBetweenProxiesUpdatesBothEndsAndTheRow() {
        shops.inTransaction(em -> {
            PropertySale sale = em.find(PropertySale.class, bread);
            PropertyShop from = sale.getShop();                  // a lazy proxy
            assertThat(Hibernate.isInitialized(from)).isFalse();
            PropertyShop to = em.getReference(PropertyShop.class, south);

            sale.moveTo(to);                                     // relate reaches the shops behind both proxies

            assertThat(sale.getShop()).isSameInstanceAs(to);
            assertThat(to.sales()).containsExactly(sale);
            assertThat(from.sales()).doesNotContain(sale);
            assertThat(from.getSales()).isInstanceOf(PersistentCollection.class);
        });
        assertThat(shops.rows("property_sale")).containsExactly(bread + ":" + south, milk + ":" + north).inOrder();
        shops.inTransaction(em -> {
            assertThat(em.find(PropertyShop.class, south).sales()).hasSize(1);
            assertThat(em.find(PropertyShop.class, north).sales()).hasSize(1);
        });
    }

    @Test
    void addAndRemoveDelegate() {
        shops.inTransaction(em -> {
            PropertyShop to = em.find(PropertyShop.class, south);
            PropertySale milkSale = em.find(PropertySale.class, milk);
            to.addSale(milkSale);
            assertThat(milkSale.getShop()).isSameInstanceAs(to);
            assertThat(em.find(PropertyShop.class, north).sales()).hasSize(1);
        });
        assertThat(shops.rows("property_sale")).containsExactly(bread + ":" + north, milk + ":" + south).inOrder();
        shops.inTransaction(em -> {
            PropertyShop shop = em.find(PropertyShop.class, north);
            PropertySale breadSale = em.find(PropertySale.class, bread);
            shop.removeSale(breadSale);
            assertThat(breadSale.getShop()).isNull();
            assertThat(shop.sales()).isEmpty();
        });
        assertThat(shops.rows("property_sale")).containsExactly(bread + ":null", milk + ":" + south).inOrder();
        shops.inTransaction(em -> {
            PropertyShop shop = em.find(PropertyShop.class, south);
            shop.replaceSales(List.of(em.find(PropertySale.class, bread), em.find(PropertySale.class, milk)));
            assertThat(shop.getSales()).isInstanceOf(PersistentCollection.class); // rewritten in place
        });
        assertThat(shops.rows("property_sale")).containsExactly(bread + ":" + south, milk + ":" + south).inOrder();
    }
}
