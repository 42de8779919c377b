package dev.relate.jpa.access;

import static com.google.common.truth.Truth.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where relate reads a mapping under JPA's access rules, Hibernate reads the same: a getter under
 * {@code @Access(PROPERTY)} in a class with field access (mixed access), and a mapped getter with an
 * {@code isX()} beside it that returns no boolean. Links made with relate's helpers are saved and
 * come back from Hibernate with both ends in sync.
 */
class AccessHibernateTest {
    private EntityManagerFactory factory;

    @BeforeEach
    void open() {
        factory = new HibernatePersistenceConfiguration("access")
                .managedClasses(Orchard.class, Tree.class, Market.class, Stall.class)
                .jdbcUrl("jdbc:h2:mem:access;DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void treesLinkedWithRelateUnderMixedAccessAreSavedAndReloadedInSync() {
        Long[] ids = fromTransaction(em -> {
            Orchard north = new Orchard("north");
            Orchard south = new Orchard("south");
            Tree apple = new Tree("apple");
            Tree pear = new Tree("pear");
            north.plant(apple);
            pear.moveTo(north);
            pear.moveTo(south);
            assertThat(north.getTrees()).containsExactly(apple);
            assertThat(south.getTrees()).containsExactly(pear);
            assertThat(pear.getOrchard()).isSameInstanceAs(south);
            em.persist(north);
            em.persist(south);
            em.persist(apple);
            em.persist(pear);
            return new Long[] {north.getId(), south.getId(), apple.getId(), pear.getId()};
        });
        inTransaction(em -> {
            Orchard north = em.find(Orchard.class, ids[0]);
            Orchard south = em.find(Orchard.class, ids[1]);
            Tree apple = em.find(Tree.class, ids[2]);
            assertThat(north.getTrees()).containsExactly(apple);
            assertThat(apple.getOrchard()).isSameInstanceAs(north);
            assertThat(south.getTrees()).containsExactly(em.find(Tree.class, ids[3]));
            south.plant(apple);                  // on Hibernate's own collections, loaded
            assertThat(north.getTrees()).isEmpty();
            assertThat(south.getTrees()).hasSize(2);
        });
        inTransaction(em -> {
            Orchard south = em.find(Orchard.class, ids[1]);
            assertThat(south.getTrees().stream().map(Tree::getKind).sorted().toList())
                    .containsExactly("apple", "pear").inOrder();
            assertThat(em.find(Orchard.class, ids[0]).getTrees()).isEmpty();
            Tree pear = em.find(Tree.class, ids[3]);
            south.fell(pear);
            assertThat(pear.getOrchard()).isNull();
        });
        inTransaction(em -> assertThat(em.find(Tree.class, ids[3]).getOrchard()).isNull());
    }

    @Test
    void stallsLinkedWithRelateBesideANonBooleanIsGetterAreSavedAndReloadedInSync() {
        Long[] ids = fromTransaction(em -> {
            Market market = new Market();
            Stall fish = new Stall();
            Stall bread = new Stall();
            fish.moveTo(market);
            market.stalls().add(bread);
            assertThat(bread.getMarket()).isSameInstanceAs(market);
            assertThat(market.getStalls()).containsExactly(fish, bread).inOrder();
            em.persist(market);
            em.persist(fish);
            em.persist(bread);
            return new Long[] {market.getId(), fish.getId(), bread.getId()};
        });
        inTransaction(em -> {
            Market market = em.find(Market.class, ids[0]);
            Stall fish = em.find(Stall.class, ids[1]);
            assertThat(market.stalls()).containsExactly(fish, em.find(Stall.class, ids[2]));
            assertThat(fish.getMarket()).isSameInstanceAs(market);
            assertThat(fish.isMarket()).isEqualTo("market");
            market.stalls().remove(fish);
            assertThat(fish.getMarket()).isNull();
        });
        inTransaction(em -> {
            assertThat(em.find(Stall.class, ids[1]).getMarket()).isNull();
            assertThat(em.find(Market.class, ids[0]).getStalls()).containsExactly(em.find(Stall.class, ids[2]));
        });
    }

    private void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private <T> T fromTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
