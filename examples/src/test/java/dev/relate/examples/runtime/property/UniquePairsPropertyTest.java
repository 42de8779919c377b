package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.association.unique.Book;
import dev.relate.examples.runtime.association.unique.BookRelations;
import dev.relate.examples.runtime.association.unique.Reader;
import dev.relate.examples.runtime.association.unique.ReaderRelations;
import dev.relate.examples.runtime.association.unique.Review;
import dev.relate.examples.runtime.association.unique.ReviewRelations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random sequences of operations on a unique association class ({@code Review} between a
 * {@code Reader}'s list and a {@code Book}'s ordered set), run step by step beside the same
 * operations on its twin without {@code unique} ({@link Note} between {@link Writer} and
 * {@link Paper}). Every helper and view that makes or moves an association takes part: link with and
 * without an association, setting either end, adding to either collection and its view, {@code addAll},
 * replacing a whole collection, a list's {@code set}, a list iterator's {@code add} and {@code set},
 * the views of the far side, and unlinking. After every step:
 *
 * <ul>
 * <li>no pair of a reader and a book is linked by two reviews, and all four ends agree;</li>
 * <li>where the twin ends with a pair linked twice, the unique class refused the step with
 * {@code [RelateAlreadyLinked]} and changed nothing (then the twin is set back to match);</li>
 * <li>otherwise the unique class did exactly what the twin did: the same objects in the same order in
 * every collection, and the same exception, if any.</li>
 * </ul>
 */
class UniquePairsPropertyTest {
    private static final int READERS = 3;
    private static final int BOOKS = 3;
    private static final int KINDS = 16;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(KINDS, 20, 60, Op::new);
    }

    @Property(tries = 400, seed = "6203918847125503", shrinking = ShrinkingMode.BOUNDED)
    void noPairIsLinkedTwiceAndARefusedStepChangesNothing(@ForAll("operations") List<Op> ops) {
        World<Reader, Review, Book> unique = new World<>(UNIQUE);
        World<Writer, Note, Paper> twin = new World<>(TWIN);
        List<Op> done = new ArrayList<>();
        Steps.take(ops, op -> {
            done.add(op);
            takeInBoth(op, unique, twin, done);
        }, STEPS::incrementAndGet);
    }

    /**
     * Takes {@code op} in the twin, then in the unique world, and checks it: all four ends agree, no
     * pair is linked twice, a step that left the
     * twin with a pair linked twice was refused by the unique class, and changed nothing there (the
     * twin is then set back to match); any other did in both what it did in the twin.
     */
    private static void takeInBoth(Op op, World<Reader, Review, Book> unique, World<Writer, Note, Paper> twin,
            List<Op> done) {
        String before = unique.state();
        int made = unique.associations.size();
        assertWithMessage("the twin before %s", done).that(twin.state()).isEqualTo(before);
        String twinOutcome = twin.apply(op);
        String outcome = unique.apply(op);
        unique.checkAgreement();
        assertWithMessage("pairs linked twice after %s", done).that(unique.pairsLinkedTwice()).isEqualTo(0);
        if (twin.pairsLinkedTwice() > 0) {
            REFUSED.incrementAndGet();
            assertWithMessage("the outcome of %s", done).that(outcome).startsWith(
                    IllegalStateException.class.getName() + ": [RelateAlreadyLinked]");
            // a review made for the step, new and unlinked, is no change
            assertWithMessage("the state after the refused %s", done).that(unique.state(made)).isEqualTo(before);
            for (Review review : unique.associations.subList(made, unique.associations.size())) {
                assertWithMessage("a review made for the refused %s", done).that(review.reader).isNull();
                assertWithMessage("a review made for the refused %s", done).that(review.book).isNull();
            }
            twin.copy(unique); // the twin made the second link; set it back to what the unique class kept
        } else {
            assertWithMessage("the outcome of %s", done).that(outcome).isEqualTo(twinOutcome);
            assertWithMessage("the state after %s", done).that(unique.state()).isEqualTo(twin.state());
        }
    }

    @AfterContainer
    static void enoughStepsRan() {
        assertThat(STEPS.get()).isAtLeast(8000L);
        assertThat(REFUSED.get()).isAtLeast(500L);
    }

    /** What one association class offers, for the generic world. */
    interface Api<L, A, R> {
        L newLeft();

        R newRight();

        A newAssociation();

        List<A> leftField(L left);

        Collection<A> rightField(R right);

        L leftOf(A association);

        R rightOf(A association);

        void setLeftField(A association, L left);

        void setRightField(A association, R right);

        void clearFields(L left, R right);

        A link(L left, R right, A association);

        A link(L left, R right);

        void setLeft(A association, L left);

        void setRight(A association, R right);

        List<A> leftView(L left);

        Collection<A> rightView(R right);

        void replaceLeft(L left, Collection<A> associations);

        void replaceRight(R right, Collection<A> associations);

        List<R> rightsOf(L left);

        List<L> leftsOf(R right);

        int unlink(L left, R right);

        void unlink(A association);
    }

    static final Api<Reader, Review, Book> UNIQUE = new Api<>() {
        private long ids;

        @Override public Reader newLeft() { return new Reader(++ids); }
        @Override public Book newRight() { return new Book(++ids); }
        @Override public Review newAssociation() { return new Review(); }
        @Override public List<Review> leftField(Reader left) { return left.reviews; }
        @Override public Collection<Review> rightField(Book right) { return right.reviews; }
        @Override public Reader leftOf(Review association) { return association.reader; }
        @Override public Book rightOf(Review association) { return association.book; }
        @Override public void setLeftField(Review association, Reader left) { association.reader = left; }
        @Override public void setRightField(Review association, Book right) { association.book = right; }
        @Override public void clearFields(Reader left, Book right) {
            if (left != null) {
                left.reviews.clear();
            }
            if (right != null) {
                right.reviews.clear();
            }
        }
        @Override public Review link(Reader left, Book right, Review association) {
            return ReviewRelations.link(left, right, association);
        }
        @Override public Review link(Reader left, Book right) { return ReviewRelations.link(left, right); }
        @Override public void setLeft(Review association, Reader left) { ReviewRelations.setReader(association, left); }
        @Override public void setRight(Review association, Book right) { ReviewRelations.setBook(association, right); }
        @Override public List<Review> leftView(Reader left) { return ReaderRelations.reviews(left); }
        @Override public Collection<Review> rightView(Book right) { return BookRelations.reviews(right); }
        @Override public void replaceLeft(Reader left, Collection<Review> all) { ReaderRelations.setReviews(left, all); }
        @Override public void replaceRight(Book right, Collection<Review> all) { BookRelations.setReviews(right, all); }
        @Override public List<Book> rightsOf(Reader left) { return ReaderRelations.bookOfReviews(left); }
        @Override public List<Reader> leftsOf(Book right) { return BookRelations.readerOfReviews(right); }
        @Override public int unlink(Reader left, Book right) { return ReviewRelations.unlink(left, right); }
        @Override public void unlink(Review association) { ReviewRelations.unlink(association); }
    };

    static final Api<Writer, Note, Paper> TWIN = new Api<>() {
        @Override public Writer newLeft() { return new Writer(); }
        @Override public Paper newRight() { return new Paper(); }
        @Override public Note newAssociation() { return new Note(); }
        @Override public List<Note> leftField(Writer left) { return left.notes; }
        @Override public Collection<Note> rightField(Paper right) { return right.notes; }
        @Override public Writer leftOf(Note association) { return association.writer; }
        @Override public Paper rightOf(Note association) { return association.paper; }
        @Override public void setLeftField(Note association, Writer left) { association.writer = left; }
        @Override public void setRightField(Note association, Paper right) { association.paper = right; }
        @Override public void clearFields(Writer left, Paper right) {
            if (left != null) {
                left.notes.clear();
            }
            if (right != null) {
                right.notes.clear();
            }
        }
        @Override public Note link(Writer left, Paper right, Note association) {
            return NoteRelations.link(left, right, association);
        }
        @Override public Note link(Writer left, Paper right) { return NoteRelations.link(left, right); }
        @Override public void setLeft(Note association, Writer left) { NoteRelations.setWriter(association, left); }
        @Override public void setRight(Note association, Paper right) { NoteRelations.setPaper(association, right); }
        @Override public List<Note> leftView(Writer left) { return WriterRelations.notes(left); }
        @Override public Collection<Note> rightView(Paper right) { return PaperRelations.notes(right); }
        @Override public void replaceLeft(Writer left, Collection<Note> all) { WriterRelations.setNotes(left, all); }
        @Override public void replaceRight(Paper right, Collection<Note> all) { PaperRelations.setNotes(right, all); }
        @Override public List<Paper> rightsOf(Writer left) { return WriterRelations.paperOfNotes(left); }
        @Override public List<Writer> leftsOf(Paper right) { return PaperRelations.writerOfNotes(right); }
        @Override public int unlink(Writer left, Paper right) { return NoteRelations.unlink(left, right); }
        @Override public void unlink(Note association) { NoteRelations.unlink(association); }
    };

    /** Readers, books and every review made, named by their index in messages and states. */
    static final class World<L, A, R> {
        final Api<L, A, R> api;
        final List<L> lefts = new ArrayList<>();
        final List<R> rights = new ArrayList<>();
        final List<A> associations = new ArrayList<>();

        World(Api<L, A, R> api) {
            this.api = api;
            for (int i = 0; i < READERS; i++) {
                lefts.add(api.newLeft());
            }
            for (int i = 0; i < BOOKS; i++) {
                rights.add(api.newRight());
            }
        }

        L left(int n) {
            return lefts.get(n % READERS);
        }

        L leftOrNull(int n) {
            int i = n % (READERS + 1);
            return i == READERS ? null : lefts.get(i);
        }

        R right(int n) {
            return rights.get(n % BOOKS);
        }

        R rightOrNull(int n) {
            int i = n % (BOOKS + 1);
            return i == BOOKS ? null : rights.get(i);
        }

        /** A review made earlier, or (for {@code n} past them) a new one, made in both worlds alike. */
        A association(int n) {
            int i = n % (associations.size() + 1);
            if (i == associations.size()) {
                associations.add(api.newAssociation());
            }
            return associations.get(i);
        }

        /** Up to four reviews, made earlier or new, possibly repeated. */
        List<A> pick(int seed) {
            Random random = new Random(seed);
            List<A> picked = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                picked.add(association(random.nextInt(1024)));
            }
            return picked;
        }

        /** Applies one step, and says how it ended: "ok", or the exception's class and id. */
        String apply(Op op) {
            int a = op.a();
            int b = op.b();
            int c = op.c();
            try {
                switch (op.kind()) {
                    case 0 -> api.link(left(a), right(b), association(c));
                    case 1 -> adopt(api.link(left(a), right(b)));
                    case 2 -> api.setLeft(association(c), leftOrNull(a));
                    case 3 -> api.setRight(association(c), rightOrNull(b));
                    case 4 -> api.leftView(left(a)).add(association(c));
                    case 5 -> api.rightView(right(b)).add(association(c));
                    case 6 -> api.replaceLeft(left(a), pick(c));
                    case 7 -> api.replaceRight(right(b), pick(c));
                    case 8 -> api.leftView(left(a)).addAll(pick(c));
                    case 9 -> {
                        List<A> view = api.leftView(left(a));
                        A association = association(c);
                        if (!view.isEmpty()) {
                            view.set(b % view.size(), association);
                        }
                    }
                    case 10 -> {
                        int before = api.rightsOf(left(a)).size();
                        api.rightsOf(left(a)).add(right(b));
                        adopt(api.leftField(left(a)).get(before));
                    }
                    case 11 -> {
                        int before = api.leftsOf(right(b)).size();
                        api.leftsOf(right(b)).add(left(a));
                        adopt(new ArrayList<>(api.rightField(right(b))).get(before));
                    }
                    case 12 -> api.unlink(left(a), right(b));
                    case 13 -> api.unlink(association(c));
                    case 14 -> {
                        List<A> view = api.leftView(left(a));
                        A association = association(c);
                        ListIterator<A> it = view.listIterator(b % (view.size() + 1));
                        if (c % 2 == 0 || !it.hasNext()) {
                            it.add(association);
                        } else {
                            it.next();
                            it.set(association);
                        }
                    }
                    default -> api.leftView(left(a)).addAll(b % (api.leftField(left(a)).size() + 1), pick(c));
                }
                return "ok";
            } catch (RuntimeException e) {
                // the id, not the message: the two worlds' messages name different classes
                String message = String.valueOf(e.getMessage());
                return e.getClass().getName() + ": " + (message.startsWith("[") ? message.substring(0,
                        message.indexOf(']') + 1) : message);
            }
        }

        /** Registers a review that a helper made. */
        private void adopt(A association) {
            associations.add(association);
        }

        /** Every collection and every review's ends, by index. */
        String state() {
            return state(associations.size());
        }

        /** Every collection, and the ends of the first {@code count} reviews, by index. */
        String state(int count) {
            StringBuilder out = new StringBuilder();
            for (L left : lefts) {
                out.append(indexes(api.leftField(left))).append(' ');
            }
            out.append("| ");
            for (R right : rights) {
                out.append(indexes(api.rightField(right))).append(' ');
            }
            out.append("| ");
            for (A association : associations.subList(0, count)) {
                out.append(lefts.indexOf(api.leftOf(association))).append('/')
                        .append(rights.indexOf(api.rightOf(association))).append(' ');
            }
            return out.toString();
        }

        private List<Integer> indexes(Collection<A> collection) {
            List<Integer> indexes = new ArrayList<>();
            for (A association : collection) {
                indexes.add(Invariants.countSame(associations, association) == 1 ? indexOfSame(association) : -1);
            }
            return indexes;
        }

        private int indexOfSame(A association) {
            for (int i = 0; i < associations.size(); i++) {
                if (associations.get(i) == association) {
                    return i;
                }
            }
            return -1;
        }

        void checkAgreement() {
            Invariants.assertAssociations("the association", lefts, rights, associations, api::leftField,
                    api::leftOf, api::rightField, api::rightOf);
        }

        /** How many pairs are linked by more than one association. */
        int pairsLinkedTwice() {
            int twice = 0;
            for (L left : lefts) {
                for (R right : rights) {
                    int links = 0;
                    for (A association : api.leftField(left)) {
                        if (api.rightOf(association) == right) {
                            links++;
                        }
                    }
                    twice += links > 1 ? 1 : 0;
                }
            }
            return twice;
        }

        /** Makes every field here what the other world's fields are, object for object by index. */
        <L2, A2, R2> void copy(World<L2, A2, R2> other) {
            // a review the other world refused to make is dropped: the collections are rebuilt below
            associations.subList(Math.min(associations.size(), other.associations.size()), associations.size()).clear();
            while (associations.size() < other.associations.size()) {
                associations.add(api.newAssociation());
            }
            for (int i = 0; i < READERS; i++) {
                api.clearFields(lefts.get(i), null);
                for (A2 association : other.api.leftField(other.lefts.get(i))) {
                    api.leftField(lefts.get(i)).add(associations.get(other.indexOfSame(association)));
                }
            }
            for (int i = 0; i < BOOKS; i++) {
                api.clearFields(null, rights.get(i));
                for (A2 association : other.api.rightField(other.rights.get(i))) {
                    api.rightField(rights.get(i)).add(associations.get(other.indexOfSame(association)));
                }
            }
            for (int i = 0; i < associations.size(); i++) {
                A2 association = other.associations.get(i);
                api.setLeftField(associations.get(i), at(lefts, other.lefts, other.api.leftOf(association)));
                api.setRightField(associations.get(i), at(rights, other.rights, other.api.rightOf(association)));
            }
        }

        private static <T, U> T at(List<T> mine, List<U> theirs, U object) {
            int i = theirs.indexOf(object);
            return i < 0 ? null : mine.get(i);
        }
    }
}
