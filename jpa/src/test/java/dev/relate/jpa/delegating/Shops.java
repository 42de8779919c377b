package dev.relate.jpa.delegating;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** An in-memory H2 database holding the entities of this package, bootstrapped in code. */
final class Shops implements AutoCloseable {
    private final SessionFactory factory;

    Shops(String name, Class<?>... entities) {
        factory = new HibernatePersistenceConfiguration(name)
                .managedClasses(entities)
                .jdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .collectStatistics(true)
                .createEntityManagerFactory();
    }

    void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    <T> T fromTransaction(Function<EntityManager, T> work) {
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

    /** The rows of a table as "id:shop_id" strings, ordered by id, read with SQL. */
    List<String> rows(String table) {
        return fromTransaction(em -> {
            List<?> rows = em.createNativeQuery("select id, shop_id from " + table + " order by id").getResultList();
            return rows.stream().map(row -> {
                Object[] columns = (Object[]) row;
                return columns[0] + ":" + columns[1];
            }).toList();
        });
    }

    /** The statements Hibernate ran so far: entity loads, collection loads, and rows written. */
    String statements() {
        var statistics = factory.getStatistics();
        return "entity loads " + statistics.getEntityLoadCount() + ", collection loads "
                + statistics.getCollectionLoadCount() + ", collection recreates "
                + statistics.getCollectionRecreateCount() + ", collection removes "
                + statistics.getCollectionRemoveCount() + ", inserts " + statistics.getEntityInsertCount()
                + ", updates " + statistics.getEntityUpdateCount();
    }

    void resetStatistics() {
        factory.getStatistics().clear();
    }

    @Override
    public void close() {
        factory.close();
    }
}
