package dev.relate.examples.runtime.association.unique;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.ListIterator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@code @AssociationObject(unique = true)} refuses a second association of a pair before anything
 * changes: on every path that links an association, the refusal makes no call that would change a
 * collection (each collection here throws from the first such call) and leaves every field as it
 * was, so it needs no undo that a user's collection could break.
 */
class RefusedPairTouchesNothingTest {
    private final Mutations mutations = new Mutations();
    private final Reader ann = reader(1);
    private final Reader bob = reader(2);
    private final Book dune = book(10);
    private final Book emma = book(11);
    /** {@code (ann, dune)}: the pair every refused call would link a second time. */
    private final Review first = ReviewRelations.link(ann, dune, new Review(1));
    /** {@code (bob, dune)}: moved to ann, it would be a second {@code (ann, dune)}. */
    private final Review bobs = ReviewRelations.link(bob, dune, new Review(2));
    /** {@code (ann, emma)}. */
    private final Review annsOther = ReviewRelations.link(ann, emma, new Review(3));

    private Reader reader(long id) {
        Reader reader = new Reader(id);
        reader.reviews = new RecordingList<>(mutations);
        return reader;
    }

    private Book book(long id) {
        Book book = new Book(id);
        book.reviews = new RecordingSet<>(mutations);
        return book;
    }

    /** A new review linked to {@code reader} and {@code book}, each where it is not {@code null}. */
    private static Review review(int stars, Reader reader, Book book) {
        Review review = new Review(stars);
        ReviewRelations.setReader(review, reader);
        ReviewRelations.setBook(review, book);
        return review;
    }

    private String state(Review... extra) {
        StringBuilder out = new StringBuilder();
        for (Object owner : List.of(ann, bob, dune, emma)) {
            List<Review> reviews = owner instanceof Reader ? ((Reader) owner).reviews
                    : List.copyOf(((Book) owner).reviews);
            out.append(owner).append(reviews.stream().map(RefusedPairTouchesNothingTest::describe)
                    .collect(Collectors.toList())).append('\n');
        }
        for (Review review : List.of(first, bobs, annsOther)) {
            out.append(describe(review)).append('\n');
        }
        for (Review review : extra) {
            out.append(describe(review)).append('\n');
        }
        return out.toString();
    }

    private static String describe(Review review) {
        return review + "@" + System.identityHashCode(review) + ":" + review.reader + "/" + review.book;
    }

    /** Runs {@code call}, which links a second association of a pair: refused, with no mutation called. */
    private void assertRefusedUntouched(Executable call, Review... extra) {
        String before = state(extra);
        mutations.arm();
        IllegalStateException e;
        try {
            e = assertThrows(IllegalStateException.class, call);
        } finally {
            assertThat(mutations.disarm()).isEmpty();
        }
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] ");
        assertThat(e.getSuppressed()).isEmpty();
        assertThat(state(extra)).isEqualTo(before);
    }

    @Test
    void theAddHelpersAndTheScalarSettersRefuseBeforeTouchingACollection() {
        // a move from bob: the list end's general path
        assertRefusedUntouched(() -> ReaderRelations.addToReviews(ann, bobs));
        assertRefusedUntouched(() -> ReviewRelations.setReader(bobs, ann));
        Review byAnn = review(4, ann, null);
        // a set whose elements keep Object's equals: the path of one lookup
        assertRefusedUntouched(() -> BookRelations.addToReviews(dune, byAnn), byAnn);
        assertRefusedUntouched(() -> ReviewRelations.setBook(byAnn, dune), byAnn);
    }

    @Test
    void theLiveViewsRefuseBeforeTouchingACollection() {
        assertRefusedUntouched(() -> ReaderRelations.reviews(ann).add(bobs));
        assertRefusedUntouched(() -> ReaderRelations.reviews(ann).add(1, bobs));
        assertRefusedUntouched(() -> {
            ListIterator<Review> it = ReaderRelations.reviews(ann).listIterator();
            it.next();
            it.add(bobs);
        });
        Review byAnn = review(4, ann, null);
        assertRefusedUntouched(() -> BookRelations.reviews(dune).add(byAnn), byAnn);
    }

    @Test
    void aReplacedElementRefusesAnAssociationOfAPairThatStays() {
        // ann's list is [first (dune), annsOther (emma)]: bobs in place of annsOther would pair ann and dune twice
        assertRefusedUntouched(() -> ReaderRelations.reviews(ann).set(1, bobs));
        assertRefusedUntouched(() -> {
            ListIterator<Review> it = ReaderRelations.reviews(ann).listIterator();
            it.next();
            it.next();
            it.set(bobs);
        });
    }

    @Test
    void theBulkOperationsRefuseBeforeTouchingACollection() {
        Review loose = new Review(5);
        // bobs against first, which stays; loose, no pair yet, arrives too
        assertRefusedUntouched(() -> ReaderRelations.reviews(ann).addAll(List.of(loose, bobs)), loose);
        assertRefusedUntouched(() -> ReaderRelations.reviews(ann).addAll(0, List.of(loose, bobs)), loose);
        assertRefusedUntouched(() -> ReaderRelations.setReviews(ann, List.of(first, loose, bobs)), loose);
        assertRefusedUntouched(() -> ReaderRelations.setReviews(ann, List.of(bobs, annsOther, first)), loose);
    }

    @Test
    void twoArrivingAssociationsOfOnePairAreRefusedBeforeTouchingACollection() {
        Reader cy = reader(3);
        Review one = review(6, null, emma);
        Review two = review(7, null, emma);
        assertRefusedUntouched(() -> ReaderRelations.reviews(cy).addAll(List.of(one, two)), one, two);
        assertRefusedUntouched(() -> ReaderRelations.reviews(cy).addAll(0, List.of(one, two)), one, two);
        assertRefusedUntouched(() -> ReaderRelations.setReviews(cy, List.of(one, two)), one, two);
        assertThat(cy.reviews).isEmpty();
        cy.reviews = null;
        assertRefusedUntouched(() -> ReaderRelations.setReviews(cy, List.of(one, two)), one, two);
        assertThat(cy.reviews).isNull();
    }

    @Test
    void linkingAPairTwiceRefusesBeforeTouchingACollection() {
        Review fresh = new Review(8);
        assertRefusedUntouched(() -> ReviewRelations.link(ann, dune, fresh), fresh);
        assertRefusedUntouched(() -> ReviewRelations.link(ann, dune));
        // moves: both ends, then the left one only, then the right one only
        Review moving = ReviewRelations.link(bob, emma, new Review(9));
        assertRefusedUntouched(() -> ReviewRelations.link(ann, dune, moving), moving);
        assertRefusedUntouched(() -> ReviewRelations.link(ann, dune, bobs), moving);
        assertRefusedUntouched(() -> ReviewRelations.link(ann, dune, annsOther), moving);
        assertRefusedUntouched(() -> ReaderRelations.bookOfReviews(ann).add(dune));
        assertRefusedUntouched(() -> BookRelations.readerOfReviews(dune).add(ann));
    }

    @Test
    void theRefusalNamesTheEndThatTheAssociationWouldJoin() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReviewRelations.link(ann, dune, bobs));
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] Reader.reviews already holds review(1)");
        e = assertThrows(IllegalStateException.class, () -> ReviewRelations.link(ann, dune, annsOther));
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] Book.reviews already holds review(1)");
        e = assertThrows(IllegalStateException.class, () -> ReviewRelations.link(ann, dune, new Review(9)));
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] Book.reviews already holds review(1)");
    }
}
