package dev.relate.examples.runtime.detach;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code XRelations.detach(x)} and the generated {@code XRelated} interface, on an entity with an end
 * of every kind: detaching unlinks it from every relationship, from both sides, all or nothing.
 */
class DetachTest {
    private final Author author = new Author();
    private final Genre crime = new Genre();
    private final Genre poetry = new Genre();
    private final Cover cover = new Cover();
    private final Publisher publisher = new Publisher();
    private final Reader reader = new Reader();
    private final Book book = new Book("book");
    private final Book other = new Book("other");

    /** The book linked every way, beside another book linked the same way. */
    private Loan linkEverything() {
        BookRelations.setAuthor(book, author);
        BookRelations.setAuthor(other, author);
        BookRelations.addToGenres(book, crime);
        BookRelations.addToGenres(book, poetry);
        BookRelations.addToGenres(other, crime);
        BookRelations.setCover(book, cover);
        BookRelations.setPublisher(book, publisher);
        PublisherRelations.addToCatalogue(publisher, book);
        LoanRelations.link(reader, other);
        return LoanRelations.link(reader, book);
    }

    @Test
    void detachUnlinksEveryEndFromBothSides() {
        Loan loan = linkEverything();
        BookRelations.detach(book);

        assertThat(book.author).isNull();
        assertThat(author.books).containsExactly(other);
        assertThat(book.genres).isEmpty();
        assertThat(crime.books).containsExactly(other);
        assertThat(poetry.books).isEmpty();
        assertThat(book.cover).isNull();
        assertThat(cover.book).isNull();
        assertThat(book.publisher).isNull();
        // the association is unlinked from both its sides
        assertThat(book.loans).isEmpty();
        assertThat(loan.book).isNull();
        assertThat(loan.reader).isNull();
        assertThat(reader.loans).hasSize(1);
        assertThat(reader.loans.get(0).book).isSameInstanceAs(other);
        // the other book keeps every link
        assertThat(other.author).isSameInstanceAs(author);
        assertThat(other.genres).containsExactly(crime);
    }

    @Test
    void aOneWayEndOfAnotherClassThatPointsAtItIsNotFound() {
        linkEverything();
        BookRelations.detach(book);
        // nothing points back from a book to the publishers whose catalogue holds it
        assertThat(publisher.catalogue).containsExactly(book);
    }

    @Test
    void detachingAnUnlinkedObjectChangesNothing() {
        BookRelations.detach(book);
        assertThat(book.genres).isEmpty();
        assertThat(book.author).isNull();
    }

    @Test
    void detachingAnAssociationObjectUnlinksItFromBothSides() {
        Loan loan = linkEverything();
        LoanRelations.detach(loan);
        assertThat(book.loans).isEmpty();
        assertThat(reader.loans).hasSize(1);
        assertThat(loan.reader).isNull();
        assertThat(loan.book).isNull();
    }

    @Test
    void detachingTheOtherSideOfAnAssociationUnlinksItsAssociations() {
        Loan loan = linkEverything();
        ReaderRelations.detach(reader);
        assertThat(reader.loans).isEmpty();
        assertThat(book.loans).isEmpty();
        assertThat(other.loans).isEmpty();
        assertThat(loan.book).isNull();
    }

    @Test
    void nullIsRefused() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> BookRelations.detach(null));
        assertThat(e).hasMessageThat().isEqualTo("[RelateNullArgument] the object to detach passed for Book is null");
    }

    /** A list that throws when asked to remove, once armed. */
    static final class RefusingList<E> extends ArrayList<E> {
        private static final long serialVersionUID = 1L;
        boolean armed;

        @Override
        public boolean remove(Object o) {
            if (armed) {
                throw new IllegalStateException("refused");
            }
            return super.remove(o);
        }

        @Override
        public E remove(int index) {
            if (armed) {
                throw new IllegalStateException("refused");
            }
            return super.remove(index);
        }
    }

    @Test
    void aFailureHalfwayLeavesEverythingAsBefore() {
        RefusingList<Book> books = new RefusingList<>();
        poetry.books = books;
        Loan loan = linkEverything();
        books.armed = true; // the genres come after the author: leaving the author is undone
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BookRelations.detach(book));
        assertThat(e).hasMessageThat().isEqualTo("refused");

        assertThat(book.author).isSameInstanceAs(author);
        assertThat(author.books).containsExactly(book, other).inOrder();
        assertThat(book.genres).containsExactly(crime, poetry).inOrder();
        assertThat(crime.books).containsExactly(book, other).inOrder();
        assertThat(poetry.books).containsExactly(book);
        assertThat(book.cover).isSameInstanceAs(cover);
        assertThat(cover.book).isSameInstanceAs(book);
        assertThat(book.publisher).isSameInstanceAs(publisher);
        assertThat(book.loans).containsExactly(loan);
        assertThat(loan.reader).isSameInstanceAs(reader);
        assertThat(reader.loans).hasSize(2);
    }

    @Test
    void theInterfaceOffersTheHelpersOnTheEntity() {
        book.assignAuthor(author);
        assertThat(author.books).containsExactly(book);
        assertThat(book.addToGenres(crime)).isTrue();
        assertThat(book.addToGenres(crime)).isFalse();
        assertThat(crime.books).containsExactly(book);
        book.genres().add(poetry);
        assertThat(poetry.books).containsExactly(book);
        book.replaceGenres(List.of(poetry));
        assertThat(crime.books).isEmpty();
        assertThat(book.removeFromGenres(poetry)).isTrue();
        assertThat(poetry.books).isEmpty();
        book.assignCover(cover);
        assertThat(cover.book).isSameInstanceAs(book);
        book.assignPublisher(publisher);
        assertThat(book.publisher).isSameInstanceAs(publisher);
        assertThat(book.readerOfLoans()).isEmpty();
        LoanRelations.link(reader, book);
        assertThat(book.readerOfLoans()).containsExactly(reader);

        book.detach();
        assertThat(author.books).isEmpty();
        assertThat(cover.book).isNull();
        assertThat(reader.loans).isEmpty();
    }

    @Test
    void aSubclassInterfaceDetachesTheInheritedEndsToo() {
        Ebook ebook = new Ebook("ebook");
        Store store = new Store();
        ebook.assignStore(store);
        ebook.assignAuthor(author); // inherited from BookRelated
        ebook.addToGenres(crime);
        LoanRelations.link(reader, ebook);

        ebook.detach();
        assertThat(store.ebooks).isEmpty();
        assertThat(author.books).isEmpty();
        assertThat(crime.books).isEmpty();
        assertThat(reader.loans).isEmpty();
        assertThat(ebook.store).isNull();
        assertThat(ebook.author).isNull();
    }

    @Test
    void theSubclassHelpersDetachTheInheritedEnds() {
        Ebook ebook = new Ebook("ebook");
        Store store = new Store();
        EbookRelations.setStore(ebook, store);
        BookRelations.setAuthor(ebook, author);
        BookRelations.setCover(ebook, cover);

        EbookRelations.detach(ebook);
        assertThat(store.ebooks).isEmpty();
        assertThat(author.books).isEmpty();
        assertThat(cover.book).isNull();
    }
}
