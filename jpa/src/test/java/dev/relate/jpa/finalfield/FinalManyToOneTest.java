package dev.relate.jpa.finalfield;

import static com.google.common.truth.Truth.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;

/**
 * What relate's warning RelateFinalScalar on a mapping of JPA's alone rests on: Hibernate starts with,
 * saves and loads a final {@code @ManyToOne} field and an embeddable record's {@code @ManyToOne},
 * which relate cannot assign. A model with such a mapping is one JPA accepts, and relate leaves that
 * relationship to the JPA provider instead of failing the build (the processor's
 * {@code JpaMappingsLeftToJpaTest}); here {@code @IgnoreMappings} leaves it so without the warning.
 */
class FinalManyToOneTest {

    @Test
    void hibernateSavesAndLoadsAFinalManyToOneAndARecordsManyToOne() {
        EntityManagerFactory factory = new HibernatePersistenceConfiguration("finalfield")
                .managedClasses(Depot.class, Crate.class, Label.class)
                .jdbcUrl("jdbc:h2:mem:finalfield;DB_CLOSE_DELAY=-1")
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
        try {
            Long[] ids = new Long[2];
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            Depot depot = new Depot();
            Crate crate = new Crate(depot, new Label("fragile", depot));
            em.persist(depot);
            em.persist(crate);
            em.getTransaction().commit();
            em.close();
            ids[0] = depot.id;
            ids[1] = crate.id;
            em = factory.createEntityManager();
            Crate loaded = em.find(Crate.class, ids[1]);
            assertThat(loaded.getDepot().id).isEqualTo(ids[0]);
            assertThat(loaded.label.printedAt().id).isEqualTo(ids[0]);
            assertThat(loaded.getDepot().crates).containsExactly(loaded);
            em.close();
        } finally {
            factory.close();
        }
    }
}
