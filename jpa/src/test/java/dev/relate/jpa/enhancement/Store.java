package dev.relate.jpa.enhancement;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** An in-memory H2 database holding some entities of this package, bootstrapped in code, no enhancer. */
final class Store implements AutoCloseable {
    private final SessionFactory factory;

    Store(String name, Class<?>... entities) {
        factory = new HibernatePersistenceConfiguration(name)
                .managedClasses(entities)
                .jdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
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

    /** The rows of {@code sql}'s two columns as "a:b" strings, in the query's order. */
    List<String> rows(String sql) {
        return fromTransaction(em -> {
            List<?> rows = em.createNativeQuery(sql).getResultList();
            return rows.stream().map(row -> {
                Object[] columns = (Object[]) row;
                return columns[0] + ":" + columns[1];
            }).toList();
        });
    }

    @Override
    public void close() {
        factory.close();
    }
}
