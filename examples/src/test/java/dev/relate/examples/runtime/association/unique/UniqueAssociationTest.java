package dev.relate.examples.runtime.association.unique;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ListIterator;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code @AssociationObject(unique = true)}: every helper and live view that would link a pair a
 * second time refuses with {@code [RelateAlreadyLinked]} and changes nothing; what leaves a pair
 * first, or only passes through one, is no second link.
 */
class UniqueAssociationTest {
    private final Reader ann = new Reader(1);
    private final Reader bob = new Reader(2);
    private final Book dune = new Book(10);
    private final Book emma = new Book(11);
    private final List<Reader> readers = List.of(ann, bob);
    private final List<Book> books = List.of(dune, emma);

    /** Every end of every object, by identity: equal before and after an operation that changed nothing. */
    private String state(Review... extra) {
        StringBuilder out = new StringBuilder();
        for (Reader reader : readers) {
            out.append(reader).append(reader.reviews.stream().map(UniqueAssociationTest::describe)
                    .collect(Collectors.toList())).append('\n');
        }
        for (Book book : books) {
            out.append(book).append(book.reviews.stream().map(UniqueAssociationTest::describe)
                    .collect(Collectors.toList())).append('\n');
        }
        for (Review review : extra) {
            out.append(describe(review)).append('\n');
        }
        return out.toString();
    }

    private static String describe(Review review) {
        return review + "@" + System.identityHashCode(review) + ":" + review.reader + "/" + review.book;
    }

    private void assertAgree(Review... extra) {
        Invariants.assertAssociations("Review", readers, books, Arrays.asList(extra), reader -> reader.reviews,
                review -> review.reader, book -> book.reviews, review -> review.book);
        for (Reader reader : readers) {
            for (Book book : books) {
                long links = reader.reviews.stream().filter(review -> review.book == book).count();
                assertThat(links).isAtMost(1L);
            }
        }
    }

    /** Runs a call that must be refused as a second link of {@code reader} and {@code book}, changing nothing. */
    private void assertRefused(Supplier<?> call, Review... extra) {
        String before = state(extra);
        IllegalStateException e = assertThrows(IllegalStateException.class, call::get);
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] ");
        assertThat(e).hasMessageThat().contains("(@AssociationObject(unique = true))");
        assertThat(state(extra)).isEqualTo(before);
        assertAgree(extra);
    }

    @Test
    void linkingAPairTwiceIsRefusedAndNamesTheAssociationThere() {
        Review first = ReviewRelations.link(ann, dune, new Review(5));
        Review second = new Review(3);
        String before = state(second);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReviewRelations.link(ann, dune, second));
        assertThat(e).hasMessageThat().isEqualTo("[RelateAlreadyLinked] Book.reviews already holds review(5),"
                + " which links book10 with reader1; their association class links each pair once"
                + " (@AssociationObject(unique = true)), so nothing changed: change the association that is there"
                + " (find(left, right)), or unlink it first");
        assertThat(state(second)).isEqualTo(before);
        assertThat(second.reader).isNull();
        assertThat(second.book).isNull();
        assertThat(ReviewRelations.find(ann, dune)).isSameInstanceAs(first);
        assertRefused(() -> ReviewRelations.link(ann, dune));
    }

    @Test
    void linkingTheAssociationThatIsThereChangesNothing() {
        Review first = ReviewRelations.link(ann, dune, new Review(5));
        ReviewRelations.link(bob, dune, new Review(4));
        String before = state();
        assertThat(ReviewRelations.link(ann, dune, first)).isSameInstanceAs(first);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void otherPairsOfTheSameObjectsAreLinkedFreely() {
        ReviewRelations.link(ann, dune, new Review(1));
        ReviewRelations.link(ann, emma, new Review(2));
        ReviewRelations.link(bob, dune, new Review(3));
        ReviewRelations.link(bob, emma, new Review(4));
        assertThat(ReaderRelations.bookOfReviews(ann)).containsExactly(dune, emma).inOrder();
        assertThat(BookRelations.readerOfReviews(dune)).containsExactly(ann, bob).inOrder();
        assertAgree();
    }

    @Test
    void settingAnEndOfAnAssociationOntoALinkedPairIsRefused() {
        ReviewRelations.link(ann, dune, new Review(5));
        Review other = ReviewRelations.link(bob, dune, new Review(4));
        assertRefused(() -> {
            ReviewRelations.setReader(other, ann);
            return null;
        }, other);
        Review loose = new Review(2);
        ReviewRelations.setReader(loose, ann); // a half-linked association is no pair yet
        assertRefused(() -> {
            ReviewRelations.setBook(loose, dune);
            return null;
        }, loose);
        ReviewRelations.setBook(loose, emma);
        assertAgree(loose);
    }

    @Test
    void addingToEitherCollectionOrItsViewOntoALinkedPairIsRefused() {
        ReviewRelations.link(ann, dune, new Review(5));
        Review other = ReviewRelations.link(bob, dune, new Review(4));
        assertRefused(() -> ReaderRelations.addToReviews(ann, other), other);
        assertRefused(() -> ReaderRelations.reviews(ann).add(other), other);
        assertRefused(() -> {
            ReaderRelations.reviews(ann).add(0, other);
            return null;
        }, other);
        assertRefused(() -> {
            ListIterator<Review> it = ReaderRelations.reviews(ann).listIterator();
            it.add(other);
            return null;
        }, other);
        Review byAnn = new Review(2);
        ReviewRelations.setReader(byAnn, ann);
        assertRefused(() -> BookRelations.addToReviews(dune, byAnn), byAnn);
        assertRefused(() -> BookRelations.reviews(dune).add(byAnn), byAnn);
    }

    @Test
    void theViewOfTheFarSideRefusesAnObjectLinkedAlready() {
        ReviewRelations.link(ann, dune, new Review(5));
        assertRefused(() -> ReaderRelations.bookOfReviews(ann).add(dune));
        assertRefused(() -> BookRelations.readerOfReviews(dune).add(ann));
        assertThat(ReaderRelations.bookOfReviews(ann).add(emma)).isTrue();
        assertAgree();
    }

    @Test
    void aBulkOperationRefusedMidwayLeavesEverythingAsBefore() {
        ReviewRelations.link(bob, emma, new Review(9));
        Review one = new Review(1);
        Review two = new Review(2);
        ReviewRelations.setBook(one, dune);
        ReviewRelations.setBook(two, dune);
        assertRefused(() -> ReaderRelations.reviews(ann).addAll(List.of(one, two)), one, two);
        assertRefused(() -> {
            ReaderRelations.setReviews(ann, List.of(one, two));
            return null;
        }, one, two);
        assertRefused(() -> ReaderRelations.reviews(ann).addAll(0, List.of(one, two)), one, two);
        assertThat(ann.reviews).isEmpty();
        assertThat(one.reader).isNull();
        assertThat(two.reader).isNull();
    }

    @Test
    void anAssociationMayTakeThePlaceOfTheOneThatLeavesItsPair() {
        Review old = ReviewRelations.link(ann, dune, new Review(5));
        Review kept = ReviewRelations.link(ann, emma, new Review(6));
        Review replacement = new Review(7);
        ReviewRelations.setBook(replacement, dune);
        ReaderRelations.setReviews(ann, List.of(replacement, kept));
        assertThat(ann.reviews).containsExactly(replacement, kept).inOrder();
        assertThat(old.reader).isNull();
        assertThat(ReviewRelations.find(ann, dune)).isSameInstanceAs(replacement);
        assertAgree(old);

        Review third = new Review(8);
        ReviewRelations.setBook(third, dune);
        ReaderRelations.reviews(ann).set(0, third);
        assertThat(ann.reviews).containsExactly(third, kept).inOrder();
        assertThat(replacement.reader).isNull();
        assertAgree(old, replacement);

        Review fourth = new Review(9);
        ReviewRelations.setBook(fourth, dune);
        ListIterator<Review> it = ReaderRelations.reviews(ann).listIterator();
        it.next();
        it.set(fourth);
        assertThat(ann.reviews).containsExactly(fourth, kept).inOrder();
        assertAgree(old, replacement, third);
    }

    @Test
    void anAssociationMovingBothEndsPassesThroughAPairThatIsLinked() {
        Review moving = ReviewRelations.link(ann, dune, new Review(5));
        ReviewRelations.link(bob, dune, new Review(6)); // the pair (bob, dune) in between
        ReviewRelations.link(bob, emma, moving);
        assertThat(moving.reader).isSameInstanceAs(bob);
        assertThat(moving.book).isSameInstanceAs(emma);
        assertAgree();
    }

    @Test
    void anAssociationMovedOntoALinkedPairStaysWhereItWas() {
        Review first = ReviewRelations.link(ann, dune, new Review(1));
        Review moving = ReviewRelations.link(bob, emma, new Review(2));
        ReviewRelations.link(bob, dune, new Review(3));
        assertRefused(() -> ReviewRelations.link(ann, dune, moving), moving);
        assertThat(bob.reviews.get(0)).isSameInstanceAs(moving);
        assertThat(new ArrayList<>(emma.reviews)).containsExactly(moving);
        assertRefused(() -> ReviewRelations.link(bob, dune, first), first);
    }

    @Test
    void anUnlinkedPairCanBeLinkedAgain() {
        ReviewRelations.link(ann, dune, new Review(1));
        assertThat(ReviewRelations.unlink(ann, dune)).isEqualTo(1);
        Review again = ReviewRelations.link(ann, dune, new Review(2));
        assertThat(ReviewRelations.find(ann, dune)).isSameInstanceAs(again);
        ReaderRelations.bookOfReviews(ann).remove(dune);
        ReaderRelations.bookOfReviews(ann).add(dune);
        assertAgree();
    }

    @Test
    void aSelfReferentialAssociationLinksEachOrderedPairOnce() {
        Person a = new Person();
        Person b = new Person();
        FollowRelations.link(a, b, new Follow());
        FollowRelations.link(b, a, new Follow()); // the other direction is another pair
        FollowRelations.link(a, a, new Follow());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FollowRelations.link(a, b, new Follow()));
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] Person.followers already holds");
        assertThrows(IllegalStateException.class, () -> PersonRelations.followedOfFollowing(a).add(a));
        assertThat(a.following).hasSize(2);
        assertThat(a.followers).hasSize(2);
        assertThat(b.following).hasSize(1);
        assertThat(b.followers).hasSize(1);
    }
}
