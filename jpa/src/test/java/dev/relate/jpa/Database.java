package dev.relate.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * An in-memory H2 database with the entities' schema, bootstrapped through Jakarta Persistence 3.2's
 * programmatic configuration: no persistence.xml, no bytecode enhancement, no processor but relate.
 */
final class Database implements AutoCloseable {
    static final Class<?>[] ENTITIES = {
        Publisher.class, Book.class, Author.class, Biography.class, Reader.class, Review.class};

    private final SessionFactory factory;

    Database(String name) {
        this(name, ENTITIES);
    }

    Database(String name, Class<?>... entities) {
        factory = new HibernatePersistenceConfiguration(name)
                .managedClasses(entities)
                .jdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .collectStatistics(true)
                .createEntityManagerFactory();
    }

    EntityManagerFactory factory() {
        return factory;
    }

    /** Rows inserted, updated or deleted so far, entities and collection rows alike, and flushes. */
    String writes() {
        var statistics = factory.getStatistics();
        return "inserts " + statistics.getEntityInsertCount() + ", updates " + statistics.getEntityUpdateCount()
                + ", deletes " + statistics.getEntityDeleteCount() + ", collection updates "
                + statistics.getCollectionUpdateCount() + ", flushes " + statistics.getFlushCount();
    }

    /** Runs {@code work} in a new persistence context and transaction, and commits. */
    void inTransaction(Consumer<EntityManager> work) {
        fromTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Runs {@code work} in a new persistence context and transaction, commits, and returns what it returned. */
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

    @Override
    public void close() {
        factory.close();
    }
}
