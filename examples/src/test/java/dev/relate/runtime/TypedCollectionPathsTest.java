package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runtime calls the JDK's usual collection classes through their own classes, each on its own
 * path: a one-to-many end on a {@link LinkedHashSet}, a many-to-many end whose owner has no
 * collection yet while the element has other owners, and a range of a sorted end's view, each
 * keeping both ends in sync. An end's element class keeps {@code Object}'s {@code equals}, and the
 * ends answer membership of its objects from one hash-set lookup, read from a field; a subclass with
 * an {@code equals} of its own must not take that shortcut: an equal but different object is
 * refused, never taken for a member.
 */
class TypedCollectionPathsTest {
    static final class Shelf {
        Set<Book> books;
        Set<Book> shared;
        SortedSet<Book> sorted;
    }

    /** Keeps Object's equals: equality is identity. */
    static class Book {
        final String title;
        Shelf shelf;
        Set<Shelf> shelves;
        Shelf sortedShelf;

        Book(String title) {
            this.title = title;
        }
    }

    /** Equal by title. */
    static final class KeyedBook extends Book {
        KeyedBook(String title) {
            super(title);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyedBook && ((KeyedBook) other).title.equals(title);
        }

        @Override
        public int hashCode() {
            return Objects.hash(title);
        }
    }

    private static final Comparator<Book> BY_TITLE = Comparator.comparing(book -> book.title);

    /** One-to-many on a LinkedHashSet. */
    static final class BooksEnd extends OneToManyEnd<Shelf, Book, Set<Book>> {
        BooksEnd() {
            super("Shelf.books", Book.class);
        }

        @Override
        protected Set<Book> collection(Shelf shelf) {
            return shelf.books;
        }

        @Override
        protected Set<Book> storeCollection(Shelf shelf, boolean create) {
            shelf.books = create ? new LinkedHashSet<>() : null;
            return shelf.books;
        }

        @Override
        protected Shelf ownerOf(Book book) {
            return book.shelf;
        }

        @Override
        protected void writeOwner(Book book, Shelf shelf) {
            book.shelf = shelf;
        }
    }

    /** Many-to-many on hash sets. */
    static final class SharedEnd extends ManyToManyEnd<Shelf, Book, Set<Book>, Set<Shelf>> {
        SharedEnd() {
            super("Shelf.shared", Book.class, "Book.shelves");
        }

        @Override
        protected Set<Book> collection(Shelf shelf) {
            return shelf.shared;
        }

        @Override
        protected Set<Book> storeCollection(Shelf shelf, boolean create) {
            shelf.shared = create ? new HashSet<>() : null;
            return shelf.shared;
        }

        @Override
        protected Set<Shelf> inverse(Book book) {
            return book.shelves;
        }

        @Override
        protected Set<Shelf> storeInverse(Book book, boolean create) {
            book.shelves = create ? new HashSet<>() : null;
            return book.shelves;
        }
    }

    /** One-to-many on a TreeSet ordered by title. */
    static final class SortedEnd extends OneToManyEnd<Shelf, Book, SortedSet<Book>> {
        SortedEnd() {
            super("Shelf.sorted", Book.class);
        }

        @Override
        protected SortedSet<Book> collection(Shelf shelf) {
            return shelf.sorted;
        }

        @Override
        protected SortedSet<Book> storeCollection(Shelf shelf, boolean create) {
            shelf.sorted = create ? new TreeSet<>(BY_TITLE) : null;
            return shelf.sorted;
        }

        @Override
        protected Shelf ownerOf(Book book) {
            return book.sortedShelf;
        }

        @Override
        protected void writeOwner(Book book, Shelf shelf) {
            book.sortedShelf = shelf;
        }
    }

    private final BooksEnd books = new BooksEnd();
    private final SharedEnd shared = new SharedEnd();
    private final Shelf shelf = new Shelf();
    private final Book book = new Book("b");

    @Test
    void anObjectOfTheElementClassIsAddedOnceAndRemovedOnce() {
        assertThat(books.add(shelf, book)).isTrue();
        assertThat(books.add(shelf, book)).isFalse();
        assertThat(shelf.books).containsExactly(book);
        assertThat(book.shelf).isSameInstanceAs(shelf);

        assertThat(books.remove(shelf, book)).isTrue();
        assertThat(books.remove(shelf, book)).isFalse();
        assertThat(shelf.books).isEmpty();
        assertThat(book.shelf).isNull();
    }

    @Test
    void aSubclassObjectEqualToAMemberIsRefusedNotTakenForIt() {
        KeyedBook first = new KeyedBook("k");
        KeyedBook twin = new KeyedBook("k");
        assertThat(books.add(shelf, first)).isTrue();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> books.add(shelf, twin));

        assertThat(refused).hasMessageThat().contains("Shelf.books");
        assertThat(shelf.books).hasSize(1);
        assertThat(shelf.books.iterator().next()).isSameInstanceAs(first);
        assertThat(twin.shelf).isNull();
        assertThat(books.remove(shelf, twin)).isFalse();
        assertThat(first.shelf).isSameInstanceAs(shelf);
    }

    @Test
    void aSubclassObjectEqualToAManyToManyMemberIsRefusedNotTakenForIt() {
        KeyedBook first = new KeyedBook("k");
        KeyedBook twin = new KeyedBook("k");
        assertThat(shared.add(shelf, first)).isTrue();

        assertThrows(IllegalArgumentException.class, () -> shared.add(shelf, twin));

        assertThat(shelf.shared).hasSize(1);
        assertThat(shelf.shared.iterator().next()).isSameInstanceAs(first);
        assertThat(twin.shelves == null || twin.shelves.isEmpty()).isTrue();
        assertThat(shared.remove(shelf, twin)).isFalse();
        assertThat(first.shelves).containsExactly(shelf);
    }

    @Test
    void theLiveViewsRefuseTheSubclassTwinToo() {
        KeyedBook first = new KeyedBook("k");
        KeyedBook twin = new KeyedBook("k");
        Set<Book> view = Views.set(books, shelf);
        assertThat(view.add(first)).isTrue();

        assertThrows(IllegalArgumentException.class, () -> view.add(twin));

        assertThat(view.remove(twin)).isFalse();
        assertThat(view).containsExactly(first);
        assertThat(twin.shelf).isNull();
    }

    @Test
    void aLinkedHashSetEndAddsRemovesAndUnlinks() {
        Book other = new Book("a");
        books.add(shelf, book);
        books.add(shelf, other);

        assertThat(books.remove(shelf, book)).isTrue();

        assertThat(shelf.books).containsExactly(other);
        assertThat(book.shelf).isNull();
        assertThat(books.remove(shelf, book)).isFalse();
        assertThat(other.shelf).isSameInstanceAs(shelf);
    }

    @Test
    void aSetOfAnotherClassAnswersThroughItsOwnLookup() {
        shelf.books = new HashSet<Book>() {
            private static final long serialVersionUID = 1L;
        };
        Book stranger = new Book("s");
        books.add(shelf, book);

        assertThat(books.remove(shelf, stranger)).isFalse();
        assertThat(shelf.books).containsExactly(book);
        assertThat(books.remove(shelf, book)).isTrue();
        assertThat(shelf.books).isEmpty();
        assertThat(book.shelf).isNull();
    }

    @Test
    void aManyToManyOwnerWithoutACollectionTakesAnElementThatHasOtherOwners() {
        Shelf first = new Shelf();
        shared.add(first, book);
        assertThat(shelf.shared).isNull();

        assertThat(shared.add(shelf, book)).isTrue();

        assertThat(shelf.shared).containsExactly(book);
        assertThat(book.shelves).containsExactly(first, shelf);
        assertThat(shared.remove(shelf, book)).isTrue();
        assertThat(book.shelves).containsExactly(first);
    }

    @Test
    void aRangeOfASortedViewRefusesNullWithTheEndsName() {
        SortedEnd sorted = new SortedEnd();
        SortedSet<Book> range = Views.sortedSet(sorted, shelf).headSet(new Book("m"));

        NullPointerException refused = assertThrows(NullPointerException.class, () -> range.add(null));

        assertThat(refused).hasMessageThat().contains("Shelf.sorted");
        assertThat(shelf.sorted == null || shelf.sorted.isEmpty()).isTrue();
    }

    @Test
    void aRangeOfASortedViewAddsInsideItAndRefusesOutsideIt() {
        SortedEnd sorted = new SortedEnd();
        SortedSet<Book> range = Views.sortedSet(sorted, shelf).headSet(new Book("m"));
        Book outside = new Book("z");

        assertThat(range.add(book)).isTrue();
        assertThat(range.add(book)).isFalse();
        assertThrows(IllegalArgumentException.class, () -> range.add(outside));

        assertThat(shelf.sorted).containsExactly(book);
        assertThat(book.sortedShelf).isSameInstanceAs(shelf);
        assertThat(outside.sortedShelf).isNull();
    }
}
