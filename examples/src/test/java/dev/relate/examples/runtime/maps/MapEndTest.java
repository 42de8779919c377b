package dev.relate.examples.runtime.maps;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Map-keyed ends ({@code @OneToManyRel(key = ...)} on a {@code Map}): every helper and every path of
 * the live view keeps {@code note.owner} in sync, a child is never under two keys, and a child whose
 * key changed while in the map is still found by identity.
 */
class MapEndTest {
    private final List<Owner> owners = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<Shelf> shelves = new ArrayList<>();
    private final List<Book> books = new ArrayList<>();

    private Owner owner(String name) {
        Owner owner = new Owner(name);
        owners.add(owner);
        return owner;
    }

    private Note note(String keyword) {
        Note note = new Note(keyword);
        notes.add(note);
        return note;
    }

    private Note note(String keyword, Owner owner) {
        Note note = note(keyword);
        NoteRelations.setOwner(note, owner);
        return note;
    }

    private Book book(int position) {
        Book book = new Book(position);
        books.add(book);
        return book;
    }

    private Shelf shelf() {
        Shelf shelf = new Shelf();
        shelves.add(shelf);
        return shelf;
    }

    @AfterEach
    void bothEndsAgree() {
        Invariants.assertOneToMany("Owner.notes/Note.owner", owners, notes,
                o -> o.notes == null ? null : o.notes.values(), n -> n.owner);
        Invariants.assertOneToMany("Shelf.books/Book.shelf", shelves, books,
                s -> s.books == null ? null : s.books.values(), b -> b.shelf);
    }

    /** Every owner's map, and every note's owner, to compare after a refused operation. */
    private List<Object> snapshot() {
        List<Object> state = new ArrayList<>();
        for (Owner owner : owners) {
            state.add(owner.notes == null ? null : new ArrayList<>(owner.notes.entrySet()));
        }
        for (Note note : notes) {
            state.add(note.owner);
        }
        for (Shelf shelf : shelves) {
            state.add(shelf.books == null ? null : new ArrayList<>(shelf.books.entrySet()));
        }
        for (Book book : books) {
            state.add(book.shelf);
        }
        return state;
    }

    private <T extends Throwable> T refusedWithoutChange(Class<T> type, Executable operation) {
        List<Object> before = snapshot();
        T refused = assertThrows(type, operation);
        assertThat(snapshot()).isEqualTo(before);
        return refused;
    }

    @Test
    void addingPutsTheChildUnderItsKeyAndSetsItsOwner() {
        Owner owner = owner("a");
        Note color = note("color");
        assertThat(OwnerRelations.addToNotes(owner, color)).isTrue();
        assertThat(owner.notes).containsExactly("color", color);
        assertThat(color.owner).isSameInstanceAs(owner);
        assertThat(OwnerRelations.addToNotes(owner, color)).isFalse();
    }

    @Test
    void addingUnderATakenKeyReplacesAndUnlinksTheChildThatWasThere() {
        Owner owner = owner("a");
        Note blue = note("color", owner);
        Note red = note("color");
        OwnerRelations.addToNotes(owner, red);
        assertThat(owner.notes).containsExactly("color", red);
        assertThat(blue.owner).isNull();
        assertThat(red.owner).isSameInstanceAs(owner);
    }

    @Test
    void settingTheOwnerMovesTheChildBetweenMaps() {
        Owner a = owner("a");
        Owner b = owner("b");
        Note size = note("size", a);
        NoteRelations.setOwner(size, b);
        assertThat(a.notes).isEmpty();
        assertThat(b.notes).containsExactly("size", size);
        NoteRelations.setOwner(size, null);
        assertThat(b.notes).isEmpty();
        assertThat(size.owner).isNull();
    }

    @Test
    void removingFindsTheChildWhereverItIsAndReportsWhetherItWasThere() {
        Owner owner = owner("a");
        Note size = note("size", owner);
        assertThat(OwnerRelations.removeFromNotes(owner, note("other"))).isFalse();
        assertThat(OwnerRelations.removeFromNotes(owner, size)).isTrue();
        assertThat(owner.notes).isEmpty();
        assertThat(size.owner).isNull();
    }

    @Test
    void putUnderAKeyThatIsNotTheChildsIsRefusedAndChangesNothing() {
        Owner owner = owner("a");
        note("color", owner);
        Note weight = note("weight");
        IllegalArgumentException refused = refusedWithoutChange(IllegalArgumentException.class,
                () -> OwnerRelations.notes(owner).put("shape", weight));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateKeyMismatch] Owner.notes holds each element under its"
                + " Note.keyword, so note(weight) cannot be put under shape: its key is weight; nothing was changed:"
                + " put it under its own key");
    }

    @Test
    void putUnderItsKeyLinksAndReturnsTheChildThatWasThere() {
        Owner owner = owner("a");
        Note blue = note("color", owner);
        Note red = note("color");
        assertThat(OwnerRelations.notes(owner).put("color", red)).isSameInstanceAs(blue);
        assertThat(blue.owner).isNull();
        assertThat(red.owner).isSameInstanceAs(owner);
        assertThat(OwnerRelations.notes(owner).put("color", red)).isSameInstanceAs(red);
    }

    @Test
    void everyRemovingPathOfTheViewUnlinks() {
        Owner owner = owner("a");
        Note a = note("a", owner);
        Note b = note("b", owner);
        Note c = note("c", owner);
        Note d = note("d", owner);
        Note e = note("e", owner);
        Note f = note("f", owner);
        Map<String, Note> view = OwnerRelations.notes(owner);
        assertThat(view.remove("a")).isSameInstanceAs(a);
        assertThat(view.keySet().remove("b")).isTrue();
        assertThat(view.values().remove(c)).isTrue();
        assertThat(view.entrySet().removeIf(entry -> entry.getKey().equals("d"))).isTrue();
        Iterator<Map.Entry<String, Note>> entries = view.entrySet().iterator();
        while (entries.hasNext()) {
            if (entries.next().getValue() == e) {
                entries.remove();
            }
        }
        assertThat(view.remove("f", f)).isTrue();
        for (Note note : Arrays.asList(a, b, c, d, e, f)) {
            assertThat(note.owner).isNull();
        }
        assertThat(owner.notes).isEmpty();
    }

    @Test
    void clearingAndRetainingUnlinkWhatLeaves() {
        Owner owner = owner("a");
        Note a = note("a", owner);
        Note b = note("b", owner);
        Note c = note("c", owner);
        OwnerRelations.notes(owner).keySet().retainAll(Arrays.asList("a", "b"));
        assertThat(c.owner).isNull();
        OwnerRelations.notes(owner).values().removeAll(Collections.singleton(a));
        assertThat(a.owner).isNull();
        OwnerRelations.notes(owner).clear();
        assertThat(b.owner).isNull();
        assertThat(owner.notes).isEmpty();
    }

    @Test
    void theMapDefaultsGoThroughTheEnd() {
        Owner owner = owner("a");
        Note a = note("a");
        Note other = note("a");
        Map<String, Note> view = OwnerRelations.notes(owner);
        assertThat(view.putIfAbsent("a", a)).isNull();
        assertThat(view.putIfAbsent("a", other)).isSameInstanceAs(a);
        assertThat(other.owner).isNull();
        view.computeIfPresent("a", (key, note) -> other);
        assertThat(a.owner).isNull();
        assertThat(other.owner).isSameInstanceAs(owner);
        view.entrySet().iterator().next().setValue(a);
        assertThat(owner.notes).containsExactly("a", a);
        assertThat(other.owner).isNull();
        view.merge("a", other, (old, given) -> null);
        assertThat(a.owner).isNull();
        assertThat(owner.notes).isEmpty();
    }

    @Test
    void putAllAndReplaceAllCheckEveryKeyFirst() {
        Owner owner = owner("a");
        Note a = note("a", owner);
        Note b = note("b");
        Map<String, Note> given = new LinkedHashMap<>();
        given.put("b", b);
        given.put("c", note("x"));
        refusedWithoutChange(IllegalArgumentException.class, () -> OwnerRelations.notes(owner).putAll(given));
        given.remove("c");
        OwnerRelations.notes(owner).putAll(given);
        assertThat(b.owner).isSameInstanceAs(owner);
        Note a2 = note("a");
        OwnerRelations.notes(owner).replaceAll((key, note) -> note == a ? a2 : note);
        assertThat(a.owner).isNull();
        assertThat(owner.notes).containsExactly("a", a2, "b", b);
        refusedWithoutChange(IllegalArgumentException.class,
                () -> OwnerRelations.notes(owner).replaceAll((key, note) -> b));
    }

    @Test
    void aChildWhoseKeyChangedIsStillFoundAndNeverHeldTwice() {
        Owner a = owner("a");
        Owner b = owner("b");
        Note size = note("size", a);
        size.keyword = "dimensions";
        assertThat(a.notes).containsExactly("size", size);
        // moving it takes it from under its old key
        NoteRelations.setOwner(size, b);
        assertThat(a.notes).isEmpty();
        assertThat(b.notes).containsExactly("dimensions", size);
        size.keyword = "extent";
        // adding it again moves it to its current key, once
        assertThat(OwnerRelations.addToNotes(b, size)).isTrue();
        assertThat(b.notes).containsExactly("extent", size);
        size.keyword = "length";
        assertThat(OwnerRelations.notes(b).containsValue(size)).isTrue();
        assertThat(OwnerRelations.removeFromNotes(b, size)).isTrue();
        assertThat(b.notes).isEmpty();
    }

    @Test
    void rekeyingMovesTheChildToItsNewKey() {
        Owner owner = owner("a");
        Note size = note("size", owner);
        assertThat(OwnerRelations.rekeyInNotes(owner, size)).isFalse();
        size.keyword = "dimensions";
        assertThat(OwnerRelations.rekeyInNotes(owner, size)).isTrue();
        assertThat(owner.notes).containsExactly("dimensions", size);
        assertThat(OwnerRelations.rekeyInNotes(owner(("b")), size)).isFalse();
    }

    @Test
    void rekeyingOntoATakenKeyIsRefusedAndChangesNothing() {
        Owner owner = owner("a");
        Note size = note("size", owner);
        Note color = note("color", owner);
        size.keyword = "color";
        IllegalStateException refused = refusedWithoutChange(IllegalStateException.class,
                () -> OwnerRelations.rekeyInNotes(owner, size));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateKeyTaken] Owner.notes cannot move note(color) to its"
                + " new key color (its Note.keyword): note(color) is under that key; nothing was changed: remove"
                + " that one first, or add note(color) again, which replaces it");
        // adding it again replaces the other one, as adding always does
        OwnerRelations.addToNotes(owner, size);
        assertThat(owner.notes).containsExactly("color", size);
        assertThat(color.owner).isNull();
    }

    @Test
    void aNullKeyIsRefusedAndChangesNothing() {
        Owner owner = owner("a");
        Note nameless = note(null);
        NullPointerException refused = refusedWithoutChange(NullPointerException.class,
                () -> OwnerRelations.addToNotes(owner, nameless));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateNullKey] Owner.notes cannot hold note(null) under a"
                + " null key: Note.keyword is null; give it a key first");
        refusedWithoutChange(NullPointerException.class, () -> NoteRelations.setOwner(nameless, owner));
        Note named = note("a");
        refusedWithoutChange(IllegalArgumentException.class, () -> OwnerRelations.notes(owner).put(null, named));
        refusedWithoutChange(NullPointerException.class, () -> OwnerRelations.notes(owner).put("a", null));
    }

    @Test
    void replacingTheWholeMapLinksWhatCameAndUnlinksWhatLeft() {
        Owner a = owner("a");
        Owner b = owner("b");
        Note stays = note("stays", a);
        Note leaves = note("leaves", a);
        Note comes = note("comes", b);
        OwnerRelations.setNotes(a, Arrays.asList(stays, comes, comes));
        assertThat(a.notes).containsExactly("stays", stays, "comes", comes);
        assertThat(leaves.owner).isNull();
        assertThat(b.notes).isEmpty();
        Note twin = note("stays");
        IllegalArgumentException refused = refusedWithoutChange(IllegalArgumentException.class,
                () -> OwnerRelations.setNotes(b, Arrays.asList(stays, twin)));
        assertThat(refused).hasMessageThat().isEqualTo("[RelateDuplicateKey] note(stays) and note(stays) have the"
                + " same key stays (their Note.keyword), so Owner.notes cannot hold both; nothing was changed");
    }

    @Test
    void aSortedMapEndIsCreatedWhenFirstNeededAndViewedWithLiveRanges() {
        Shelf shelf = shelf();
        Book one = book(1);
        Book five = book(5);
        Book nine = book(9);
        BookRelations.setShelf(five, shelf);
        ShelfRelations.addToBooks(shelf, nine);
        ShelfRelations.books(shelf).put(1, one);
        assertThat(shelf.books.keySet()).containsExactly(1, 5, 9).inOrder();
        SortedMap<Integer, Book> low = ShelfRelations.books(shelf).headMap(6);
        assertThat(low.firstKey()).isEqualTo(1);
        Book seven = book(7);
        refusedWithoutChange(IllegalArgumentException.class, () -> low.put(7, seven));
        low.clear();
        assertThat(one.shelf).isNull();
        assertThat(five.shelf).isNull();
        assertThat(shelf.books).containsExactly(9, nine);
        assertThat(ShelfRelations.books(shelf).tailMap(9).remove(9)).isSameInstanceAs(nine);
        assertThat(nine.shelf).isNull();
    }

    @Test
    void aKeyAccessorThatThrowsChangesNothing() {
        Shelf shelf = shelf();
        Book one = book(1);
        ShelfRelations.addToBooks(shelf, one);
        Book failing = book(2);
        failing.failing = true;
        refusedWithoutChange(IllegalStateException.class, () -> ShelfRelations.addToBooks(shelf, failing));
        refusedWithoutChange(IllegalStateException.class,
                () -> ShelfRelations.setBooks(shelf, Arrays.asList(one, failing)));
        one.setPositionDirectly(3);
        one.failing = true;
        refusedWithoutChange(IllegalStateException.class, () -> ShelfRelations.rekeyInBooks(shelf, one));
    }

    @Test
    void detachTakesANoteOutOfItsOwnersMapAndEmptiesAnOwnersMap() {
        Owner a = owner("a");
        Note size = note("size", a);
        Note color = note("color", a);
        size.keyword = "dimensions"; // a stale key: the note is still found, by identity
        NoteRelations.detach(size);
        assertThat(a.notes).containsExactly("color", color);
        assertThat(size.owner).isNull();
        OwnerRelations.detach(a);
        assertThat(a.notes).isEmpty();
        assertThat(color.owner).isNull();
    }

    @Test
    void aDetachThatFailsAfterEmptyingTheMapPutsEveryNoteBackUnderItsKey() {
        Owner a = owner("a");
        Note size = note("size", a);
        Note color = note("color", a);
        size.keyword = "dimensions"; // back under the key it was under, not its new one
        IllegalStateException refused = new IllegalStateException("a later step of the detach fails");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> dev.relate.runtime.Detachment.of(a, "Owner")
                        .clearMap(OwnerRelations.NOTES, a)
                        .clearScalar("a later end", value -> {
                            throw refused;
                        }));
        assertThat(thrown).isSameInstanceAs(refused);
        assertThat(a.notes).containsExactly("size", size, "color", color).inOrder();
        assertThat(size.owner).isSameInstanceAs(a);
        assertThat(color.owner).isSameInstanceAs(a);
    }

    @Test
    void aMapThatThrowsLeavesEveryEndAsItWas() {
        Owner a = owner("a");
        Owner b = owner("b");
        FaultyMap<String, Note> faulty = new FaultyMap<>();
        b.notes = faulty;
        Note size = note("size", a);
        Note kept = note("kept", b);
        faulty.failPut = true;
        refusedWithoutChange(IllegalStateException.class, () -> NoteRelations.setOwner(size, b));
        faulty.failRemove = true;
        refusedWithoutChange(IllegalStateException.class, () -> NoteRelations.setOwner(kept, a));
        faulty.failRemove = true;
        refusedWithoutChange(IllegalStateException.class, () -> OwnerRelations.removeFromNotes(b, kept));
        faulty.failPut = true;
        refusedWithoutChange(IllegalStateException.class, () -> OwnerRelations.setNotes(b, Arrays.asList(size)));
        kept.keyword = "renamed";
        faulty.failRemove = true;
        refusedWithoutChange(IllegalStateException.class, () -> OwnerRelations.rekeyInNotes(b, kept));
        assertThat(new IdentityHashMap<>(b.notes).values()).containsExactly(kept);
    }
}
