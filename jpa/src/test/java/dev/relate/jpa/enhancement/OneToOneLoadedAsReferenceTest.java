package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/**
 * Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.OneToOnEnhancedEntityLoadedAsReferenceTest}
 * (HHH-17173): a one-to-one stored from both sides set by hand, then read through uninitialized
 * references. Here one call sets both sides, and relate's helpers work on the references too.
 */
class OneToOneLoadedAsReferenceTest {

    @Test
    void theInverseSideOfAReferenceFindsTheContentAndRelateRelinksThroughReferences() {
        try (Store store = new Store("enhancement_reference", Box.class, Content.class)) {
            long[] ids = store.fromTransaction(em -> {
                Box box = new Box();
                Content content = new Content("value");
                content.setBox(box);                       // the owning side: box.content follows
                assertThat(box.getContent()).isSameInstanceAs(content);
                em.persist(box);
                em.persist(content);
                Box empty = new Box();
                em.persist(empty);
                return new long[] {box.getId(), content.getId(), empty.getId()};
            });

            store.inTransaction(em -> {
                Box empty = em.getReference(Box.class, ids[2]);
                Box box = em.getReference(Box.class, ids[0]);
                Content content = em.getReference(Content.class, ids[1]);
                assertThat(Hibernate.isInitialized(box)).isFalse();
                assertThat(box.getContent()).isEqualTo(content);
                assertThat(box.getContent().getValue()).isEqualTo("value");
                assertThat(Hibernate.isInitialized(box)).isTrue();

                empty.setContent(content);                 // moves it: box loses its content
                assertThat(box.getContent()).isNull();
                assertThat(Hibernate.unproxy(content.getBox())).isSameInstanceAs(Hibernate.unproxy(empty));
            });
            assertThat(store.rows("select value_, box_id from enh_content")).containsExactly("value:" + ids[2]);
        }
    }
}
