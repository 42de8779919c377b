package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.BidirectionalOneToOneWithNonAggregateIdTest}
 * (HHH-17519): a one-to-one whose owning side is the other entity's {@code @Id}, persisted by
 * cascade from the {@code mappedBy} side and loaded again. There both sides are set by hand; here
 * one call sets both.
 */
class BidirectionalOneToOneWithNonAggregateIdTest {

    @Test
    void aLabelLinkedFromEitherSideIsPersistedByCascadeAndLoadsBack() {
        try (Store store = new Store("enhancement_derived_id", Parcel.class, Label.class)) {
            store.inTransaction(em -> {
                Parcel parcel = new Parcel(1);
                Label label = new Label("TEST");
                parcel.setLabel(label);                    // sets label.parcel, the id
                assertThat(label.getParcel()).isSameInstanceAs(parcel);
                em.persist(parcel);                        // cascades to the label
            });
            assertThat(store.rows("select parcel_id, case_number from enh_label")).containsExactly("1:TEST");

            store.inTransaction(em -> {
                Parcel parcel = em.find(Parcel.class, 1);
                Label label = parcel.getLabel();
                assertThat(label).isNotNull();
                assertThat(label.getCaseNumber()).isEqualTo("TEST");
                assertThat(label.getParcel()).isSameInstanceAs(parcel);
                parcel.setLabel(null);                     // orphanRemoval: the label's row goes
                assertThat(label.getParcel()).isNull();
            });
            assertThat(store.rows("select parcel_id, case_number from enh_label")).isEmpty();
        }
    }
}
