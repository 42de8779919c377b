package dev.relate.examples.runtime.hashes;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, section 2: entities whose {@code equals} and {@code hashCode} use an id assigned after
 * linking (at persist), and elements of sorted sets whose sort key changes while they are linked. A
 * link that exists is always found, and no end ever holds an object twice, on every collection end
 * kind: many-to-many, one-to-many, one-way, association-object collections and sorted sets.
 */
class ChangedHashCodesTest {
    private final Writer w = new Writer("w");
    private final Writer x = new Writer("x");
    private final Volume v = new Volume("v");
    private final Volume u = new Volume("u");
    private final Library library = new Library("library");

    @AfterEach
    void endsAgree() {
        List<Writer> writers = List.of(w, x);
        List<Volume> volumes = List.of(v, u);
        Invariants.assertManyToMany("Writer.books", writers, volumes, writer -> writer.books,
                volume -> volume.writers);
        Invariants.assertManyToMany("Writer.ranked", writers, volumes, writer -> writer.ranked,
                volume -> volume.rankedBy);
        Invariants.assertOneToMany("Library.volumes", List.of(library), volumes, l -> l.volumes, vol -> vol.library);
        Invariants.assertEachOnce("Writer.favorites", writers, writer -> writer.favorites);
    }

    /** Links {@code w} with {@code v} and {@code u}, then persists all three: every hash code changes. */
    private void linkedThenPersisted() {
        WriterRelations.addToBooks(w, v);
        WriterRelations.addToBooks(w, u);
        w.persist(1);
        v.persist(7);
        u.persist(8);
    }

    @Test
    void manyToManyFindsALinkWhoseHashCodesChanged() {
        linkedThenPersisted();
        assertThat(WriterRelations.books(w).contains(v)).isTrue();
        assertThat(VolumeRelations.writers(v).contains(w)).isTrue();
        assertThat(WriterRelations.addToBooks(w, v)).isFalse();
        assertThat(VolumeRelations.addToWriters(v, w)).isFalse();
        assertThat(WriterRelations.books(w).add(v)).isFalse();
        assertThat(w.books).hasSize(2);
        assertThat(v.writers).hasSize(1);

        assertThat(WriterRelations.removeFromBooks(w, v)).isTrue();
        assertThat(w.books).containsExactly(u);
        assertThat(v.writers).isEmpty();
        assertThat(VolumeRelations.removeFromWriters(u, w)).isTrue();
        assertThat(w.books).isEmpty();
        assertThat(u.writers).isEmpty();
    }

    @Test
    void replacingAndViewsFindALinkWhoseHashCodesChanged() {
        linkedThenPersisted();
        WriterRelations.setBooks(w, List.of(u, v));
        assertThat(w.books).hasSize(2);
        assertThat(v.writers).containsExactly(w);
        assertThat(VolumeRelations.writers(v).remove(w)).isTrue();
        assertThat(w.books).containsExactly(u);
        WriterRelations.setBooks(w, List.of());
        assertThat(w.books).isEmpty();
        assertThat(u.writers).isEmpty();
    }

    @Test
    void aLinkMadeAfterTheOtherSideWasPersistedIsFoundToo() {
        WriterRelations.addToBooks(w, v);
        v.persist(7);
        WriterRelations.addToBooks(x, v);
        x.persist(2);
        assertThat(WriterRelations.addToBooks(x, v)).isFalse();
        assertThat(v.writers).hasSize(2);
        assertThat(WriterRelations.removeFromBooks(x, v)).isTrue();
        assertThat(v.writers).containsExactly(w);
    }

    @Test
    void oneToManyFindsAnElementWhoseHashCodeChanged() {
        LibraryRelations.addToVolumes(library, v);
        v.persist(7);
        library.persist(3);
        assertThat(LibraryRelations.volumes(library).contains(v)).isTrue();
        assertThat(LibraryRelations.addToVolumes(library, v)).isFalse();
        assertThat(library.volumes).hasSize(1);
        assertThat(LibraryRelations.removeFromVolumes(library, v)).isTrue();
        assertThat(library.volumes).isEmpty();
        assertThat(v.library).isNull();
    }

    @Test
    void oneWayFindsAnElementWhoseHashCodeChanged() {
        WriterRelations.addToFavorites(w, v);
        v.persist(7);
        assertThat(WriterRelations.favorites(w).contains(v)).isTrue();
        assertThat(WriterRelations.addToFavorites(w, v)).isFalse();
        assertThat(WriterRelations.favorites(w).addAll(List.of(v, u))).isTrue();
        assertThat(w.favorites).hasSize(2);
        assertThat(WriterRelations.removeFromFavorites(w, v)).isTrue();
        assertThat(w.favorites).containsExactly(u);
    }

    @Test
    void associationObjectsWhoseHashCodesChangedAreFoundAndUnlinked() {
        Review first = ReviewRelations.link(w, v);
        Review second = ReviewRelations.link(w, u);
        first.persist(5);
        second.persist(6);
        w.persist(1);
        v.persist(7);
        assertThat(ReviewRelations.find(w, v)).isSameInstanceAs(first);
        assertThat(WriterRelations.addToReviews(w, first)).isFalse();
        assertThat(w.reviews).hasSize(2);
        assertThat(ReviewRelations.unlink(w, v)).isEqualTo(1);
        assertThat(w.reviews).containsExactly(second);
        assertThat(v.reviews).isEmpty();
        assertThat(first.writer).isNull();
        assertThat(first.volume).isNull();
        ReviewRelations.unlink(second);
        assertThat(w.reviews).isEmpty();
        assertThat(u.reviews).isEmpty();
    }

    @Test
    void aSortedSetFindsAnElementWhoseKeyChanged() {
        WriterRelations.addToRanked(w, v);
        WriterRelations.addToRanked(w, u);
        u.name = "z"; // u sorted first as "u", before "v"; now its key sorts it last
        assertThat(WriterRelations.ranked(w).contains(u)).isTrue();
        assertThat(WriterRelations.addToRanked(w, u)).isFalse();
        assertThat(w.ranked).hasSize(2);
        assertThat(WriterRelations.removeFromRanked(w, u)).isTrue();
        assertThat(w.ranked).containsExactly(v);
        assertThat(u.rankedBy).isEmpty();
    }

    @Test
    void aSortedSetRemovesTheElementItselfWhenItsKeyBecameAnothersKey() {
        Shelf s1 = new Shelf("a");
        Shelf s2 = new Shelf("b");
        LibraryRelations.addToShelves(library, s1);
        LibraryRelations.addToShelves(library, s2);
        s1.name = "b"; // now equal to s2 by the comparator
        assertThat(LibraryRelations.removeFromShelves(library, s1)).isTrue();
        assertThat(library.shelves).containsExactly(s2);
        assertThat(s1.library).isNull();
        assertThat(s2.library).isSameInstanceAs(library);

        WriterRelations.addToRanked(w, v);
        WriterRelations.addToRanked(w, u);
        u.name = "v";
        assertThat(WriterRelations.removeFromRanked(w, u)).isTrue();
        assertThat(w.ranked).containsExactly(v);
        assertThat(v.rankedBy).containsExactly(w);
    }
}
