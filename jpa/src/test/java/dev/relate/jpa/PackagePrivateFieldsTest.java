package dev.relate.jpa;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.jpa.pitfall.Shelf;
import dev.relate.jpa.pitfall.ShelfRelations;
import dev.relate.jpa.pitfall.Volume;
import dev.relate.jpa.pitfall.VolumeRelations;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/**
 * Why entities keep their relationship fields private, with accessors: a field that the generated
 * code can see is read and written directly, and on a Hibernate proxy that is the proxy's own
 * field, never the entity's. (The same helpers work on proxies of entities with private fields:
 * {@link HibernateProxiesTest}.)
 */
class PackagePrivateFieldsTest {

    @Test
    void onAProxyTheGeneratedCodeReachesTheProxysOwnFieldNotTheEntitys() {
        try (Database database = new Database("package_private_fields", Shelf.class, Volume.class)) {
            Long shelfId = database.fromTransaction(em -> {
                Shelf shelf = new Shelf();
                Volume first = new Volume();
                ShelfRelations.addToVolumes(shelf, first);
                em.persist(shelf);
                em.persist(first);
                return shelf.getId();
            });

            database.inTransaction(em -> {
                Shelf proxy = em.getReference(Shelf.class, shelfId);
                assertThat(Hibernate.isInitialized(proxy)).isFalse();
                Volume second = new Volume();
                em.persist(second);

                VolumeRelations.setShelf(second, proxy);

                assertThat(second.getShelf()).isSameInstanceAs(proxy);
                // the getter reaches the entity behind the proxy, whose list never saw the second volume
                assertThat(proxy.getVolumes()).hasSize(1);
                assertThat(proxy.getVolumes()).doesNotContain(second);
            });
        }
    }
}
