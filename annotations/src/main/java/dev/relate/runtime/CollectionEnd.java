package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A collection end of a relationship: the field {@code owner.items} of type {@code C}, holding
 * elements of type {@code E}. Generated code subclasses it once per end and supplies field access;
 * the subclasses of this package supply what the other end does when an element comes or goes.
 *
 * <p>Every operation keeps both ends in sync: an element enters the collection only through
 * {@link #linked} and leaves it only through {@link #unlinked}. Every operation changes everything
 * or nothing: when a step throws (a user's collection, accessor, {@code equals}, {@code hashCode} or
 * comparator), what the earlier steps changed is undone, by hand for a single element and through a
 * {@link Journal} for several, and the exception is rethrown.
 *
 * @param <O> the class that owns the collection
 * @param <E> the element class
 * @param <C> the declared type of the field
 */
public abstract class CollectionEnd<O, E, C extends Collection<E>> {
    private final String name;
    private final Class<E> elementType;
    /** Whether the element class itself keeps {@code Object}'s {@code equals}, read once. */
    private final boolean elementTypeComparesByIdentity;
    /**
     * Whether this is a list end that keeps a position field of its elements equal to their index
     * ({@link PositionedOneToManyEnd}): decided when the end is made, so an end without one pays a
     * field read and a branch.
     */
    final boolean positioned;

    /** What a generated end passes to its constructor when a class declares a validator of the end. */
    protected static final int VALIDATES = 1;
    /** What a generated end passes to its constructor when a class declares a listener of the end. */
    protected static final int LISTENS = 2;
    /**
     * Whether {@link #validate} and {@link #changed} are overridden: decided when the end is made, so
     * an end that no class listens to pays a field read and a branch per change, and no call.
     */
    private final boolean validates;
    private final boolean listens;
    /**
     * Whether no class validates or listens to the end and it keeps no positions: then
     * {@link #add(Object, Object)} and {@link #remove(Object, Object)} first try the short path of the
     * end's kind (see {@link #joinPlain}).
     */
    private final boolean plain;

    /**
     * @param name the end as users write it, {@code "Parent.children"}, for messages
     * @param elementType the element class, to recognise elements among plain objects
     */
    protected CollectionEnd(String name, Class<E> elementType) {
        this(name, elementType, false, 0);
    }

    CollectionEnd(String name, Class<E> elementType, boolean positioned, int events) {
        this.name = name;
        this.elementType = elementType;
        this.elementTypeComparesByIdentity = Links.classComparesByIdentity(elementType);
        this.positioned = positioned;
        this.validates = (events & VALIDATES) != 0;
        this.listens = (events & LISTENS) != 0;
        this.plain = !positioned && events == 0;
    }

    /*
     * The short paths. The JIT compiles a shared method such as add on its own too, with what it
     * calls inlined, and does not inline a method whose compiled code is large into the generated
     * helpers ("already compiled into a big method"): the helper then calls it, and in it every hook
     * (collection, ownerOf, writeOwner) is a virtual call on the end classes of every relationship.
     * So add and remove are small: where no class validates or listens to the end and it keeps no
     * positions ({@link #plain}), they read the field, then call the two halves of the end's kind,
     * each holding at most one collection operation: this side (joinPlain, leavePlain: membership
     * and the owner's collection), the other side (linkPlain, unlinkPlain) and, for an element that
     * moves, its previous owner's collection (leavePrevious). Where the end is a
     * constant of a known class (a generated helper's), the JIT inlines each half and each hook;
     * in the shared method they stay calls, which keeps it small. Everything the halves do not
     * handle goes to the general path (addInGeneral, removeInGeneral) before anything changes.
     */

    /** What {@link #joinPlain} answers: the element was there already, nothing changed. */
    static final int UNCHANGED = 0;
    /** What {@link #joinPlain} answers: the element has entered the collection, the other end is next. */
    static final int JOINED = 1;
    /** What {@link #joinPlain} and {@link #leavePlain} answer when the general path is to run; nothing changed. */
    static final int GENERAL = -4;
    /** What {@link #leavePlain} answers when the object is no member; nothing changed. */
    static final int NOT_MEMBER = -3;

    /**
     * The first half of the short path of {@link #add(Object, Object)}, for a non-null owner and
     * element and the owner's collection: decides membership and, for a non-member, adds it to
     * {@code collection}. The default leaves everything to the general path.
     *
     * @return {@link #UNCHANGED}, {@link #JOINED} (then {@link #linkPlain} runs) or {@link #GENERAL}
     */
    int joinPlain(O owner, E element, C collection) {
        return GENERAL;
    }

    /**
     * The second half of the short path of {@link #add(Object, Object)}: {@code element} has just
     * entered {@code collection}, the owner's; links the other end, and if that fails takes the
     * element out again and rethrows.
     *
     * @return the element's previous owner, which it is still in the collection of, for
     *     {@link #leavePrevious}, or {@code null}
     */
    Object linkPlain(O owner, E element, C collection) {
        throw new AssertionError();
    }

    /**
     * The last step of the short path of {@link #add(Object, Object)}: for an element that moves
     * ({@code previous}, what {@link #linkPlain} answered, is not {@code null}), takes it out of its
     * previous owner's collection; if that fails, undoes {@link #linkPlain} and {@link #joinPlain}
     * and rethrows. It is called for every element, so that its call in {@code add} sees the ends of
     * every kind and stays a call there: the default, for the kinds whose elements leave no previous
     * owner, does nothing.
     */
    void leavePrevious(Object previous, E element, O owner, C collection) {
    }

    /**
     * After {@code failure} in a short path: takes {@code element} out of {@code collection} again,
     * undoing {@link #joinPlain}. A call of its own, so that a catch block stays one call.
     */
    static <E> void takeBack(Throwable failure, Collection<E> collection, E element) {
        Journal.undo(failure, () -> Links.removeSame(collection, element));
    }

    /** After {@code failure} in a short path: puts {@code member} back where it was, undoing {@link #leavePlain}. */
    static <E> void putBack(Throwable failure, Collection<E> collection, E member, int where) {
        Journal.undo(failure, () -> Links.putBack(collection, member, where));
    }

    /**
     * The first half of the short path of {@link #remove(Object, Object)}, for a non-null owner and
     * object and the owner's collection: decides membership and takes a member out of
     * {@code collection}. The default leaves everything to the general path.
     *
     * @return where the member was ({@link Links#removeSameAt}; then {@link #unlinkPlain} runs),
     *     {@link #NOT_MEMBER} or {@link #GENERAL}
     */
    int leavePlain(O owner, Object element, C collection) {
        return GENERAL;
    }

    /**
     * The second half of the short path of {@link #remove(Object, Object)}: {@code member} has just
     * left {@code collection}, the owner's, from {@code where}; clears the other end, and if that
     * fails puts the member back and rethrows.
     */
    void unlinkPlain(O owner, E member, C collection, int where) {
        throw new AssertionError();
    }

    /**
     * Calls the validators the two classes declare for this pair ({@code @Validates}): generated code
     * overrides it where one does. It runs before the pair changes, and may refuse by throwing: the
     * operation then changes nothing.
     *
     * @param linking {@code true} before a link, {@code false} before an unlink
     */
    protected void validate(O owner, E element, boolean linking) {
    }

    /**
     * Calls the listener the owner's class declares for this end ({@code @OnChange}): generated code
     * overrides it where it does. It runs after the operation, when both ends of every pair agree.
     *
     * @param linked {@code true} after a link, {@code false} after an unlink
     */
    protected void changed(O owner, E element, boolean linked) {
    }

    /**
     * Calls the listener the element's class declares for the other end ({@code @OnChange}), as
     * {@link #changed} does for this one: a call of its own, so that each runs if the other throws.
     */
    protected void otherChanged(E element, O owner, boolean linked) {
    }

    /** Before the pair {@code (owner, element)} changes: runs the validators, if any. */
    final void beforeChange(O owner, E element, boolean linking) {
        if (validates) {
            validate(owner, element, linking);
        }
    }

    /**
     * Before {@code element}, a non-member, joins the owner's collection, and before anything changes:
     * runs the validators of every pair the link changes. Overridden where linking also unlinks the
     * element from a previous owner.
     */
    void validateLink(O owner, E element) {
        beforeChange(owner, element, true);
    }

    /**
     * Before {@code element}, a non-member, joins the owner's collection (in place of
     * {@code leaving}, a member, where that is not {@code null}), and before anything changes: throws
     * if the link breaks a rule of the pair. The one-to-many end of an association class that links
     * each pair once refuses a second association of a pair; every other end has no such rule.
     */
    void refuseLink(O owner, E element, E leaving) {
    }

    /**
     * {@link #refuseLink} for {@code arriving}, linked as one operation, before anything changes,
     * where the members in {@code staying} stay (all of them where it is {@code null}).
     */
    void refuseLinks(O owner, Collection<? extends E> arriving, Collection<?> staying) {
    }

    /** Before {@code element}, a member, leaves the owner's collection, and before anything changes. */
    final void validateUnlink(O owner, E element) {
        beforeChange(owner, element, false);
    }

    /**
     * Whether a class declares a validator of the end: then every operation runs as steps of one pair
     * each, each validated before it changes anything and seeing the steps before it done, as
     * SQLAlchemy's {@code @validates} sees each append.
     */
    final boolean validates() {
        return validates;
    }

    /** Whether a class validates or listens to the end: then it calls something on every change. */
    final boolean observed() {
        return validates || listens;
    }

    /**
     * After an operation of one step, which changed the pair: runs the listeners, if any, as
     * {@link Journal#commit} does (each runs; the first exception is rethrown), without a journal.
     */
    final void afterChange(O owner, E element, boolean linked) {
        if (listens) {
            RuntimeException failed = null;
            try {
                changed(owner, element, linked);
            } catch (RuntimeException e) {
                failed = e;
            }
            try {
                otherChanged(element, owner, linked);
            } catch (RuntimeException e) {
                if (failed == null) {
                    failed = e;
                } else if (failed != e) {
                    failed.addSuppressed(e);
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /** A change of the pair as one step of a larger operation: the listeners run when {@code journal} commits. */
    final void recordChange(O owner, E element, boolean linked, Journal journal) {
        if (listens) {
            journal.afterSuccess(() -> changed(owner, element, linked));
            journal.afterSuccess(() -> otherChanged(element, owner, linked));
        }
    }

    /** The element's position field, for an end that keeps positions; overridden there. */
    int positionOf(E element) {
        throw new AssertionError();
    }

    /** Writes the element's position field, for an end that keeps positions; overridden there. */
    void positionTo(E element, int position) {
        throw new AssertionError();
    }

    /**
     * For an end that keeps positions: writes its index to each element of {@code list} from
     * {@code from} (inclusive) to {@code to} (exclusive) whose position field holds another value,
     * recording in {@code journal} what writes the old value back. Only what moved is written.
     */
    final void renumber(List<E> list, int from, int to, Journal journal) {
        if (to <= from) {
            return;
        }
        ListIterator<E> it = list.listIterator(from);
        Renumbered written = null;
        for (int i = from; i < to; i++) {
            E element = it.next();
            int old = positionOf(element);
            if (old != i) {
                if (written == null) {
                    written = new Renumbered(to - i);
                    journal.onFailure(written);
                }
                written.record(element, old);
                positionTo(element, i);
            }
        }
    }

    /**
     * The positions one {@link #renumber} wrote, as one step of the journal that writes the old values
     * back: two arrays, not a step per element.
     */
    private final class Renumbered implements Runnable {
        private final Object[] elements;
        private final int[] old;
        private int count;

        Renumbered(int capacity) {
            elements = new Object[capacity];
            old = new int[capacity];
        }

        void record(E element, int position) {
            elements[count] = element;
            old[count] = position;
            count++;
        }

        /**
         * Writes the old values back, last first; a write that throws does not stop the others, and
         * the first failure is rethrown with the later ones suppressed.
         */
        @Override
        public void run() {
            RuntimeException failed = null;
            for (int i = count - 1; i >= 0; i--) {
                try {
                    positionTo(cast(elements[i]), old[i]);
                } catch (RuntimeException e) {
                    if (failed == null) {
                        failed = e;
                    } else if (failed != e) {
                        failed.addSuppressed(e);
                    }
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }

    /** {@link #renumber(List, int, int, Journal)} from {@code from} to the end of the owner's list. */
    final void renumber(O owner, int from, Journal journal) {
        List<E> list = asList(collection(owner));
        if (list != null) {
            renumber(list, from, list.size(), journal);
        }
    }

    /**
     * After a change to the owner's list made in one step, which {@code undo} undoes: renumbers from
     * {@code from} to {@code to}; if a write throws, writes back what it wrote, undoes the change and
     * rethrows.
     */
    final void renumberOrUndo(O owner, int from, int to, Runnable undo) {
        Journal journal = new Journal();
        try {
            journal.onFailure(undo);
            renumber(asList(collection(owner)), from, to, journal);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    /** The collection of an end that keeps positions, which is a list. */
    @SuppressWarnings("unchecked")
    private List<E> asList(C collection) {
        return (List<E>) collection;
    }

    /** Reads the field: the collection, or {@code null}. */
    protected abstract C collection(O owner);

    /**
     * Writes the owner's field: a new, empty collection, returned, where {@code create} is true (the
     * field is {@code null}); else {@code null} again, after an operation that created the collection
     * failed, so that the field is as it was (the answer is then {@code null}). The default throws:
     * generated code overrides it where the field can be written and its type instantiated.
     */
    protected C storeCollection(O owner, boolean create) {
        throw Problems.cannotCreate(name);
    }

    /** Creates the collection of an owner whose field is {@code null}, stores it in the field and returns it. */
    final C createCollection(O owner) {
        return storeCollection(owner, true);
    }

    /**
     * Writes {@code null} to the owner's field again, whose collection an operation created
     * ({@link #createCollection}) and then failed: the field is as it was. Every operation that creates
     * a collection calls it on failure, recorded in its journal ({@link #collectionOrCreate(Object,
     * Journal)}) or by hand ({@link #dropCollection(Throwable, Object)}).
     */
    final void dropCollection(O owner) {
        storeCollection(owner, false);
    }

    /** After {@code failure} of an operation that created the owner's collection: {@link #dropCollection(Object)}. */
    final void dropCollection(Throwable failure, O owner) {
        Journal.undo(failure, () -> dropCollection(owner));
    }

    /** Whether {@code element} is in the owner's collection, by identity, as the inverse end tells. */
    protected abstract boolean isMember(O owner, Object element);

    /**
     * {@code element} has just entered the owner's collection: points the other end at the owner. It
     * changes everything or nothing: if it throws, the other end is as it was.
     */
    abstract void linked(O owner, E element);

    /**
     * {@link #linked(Object, Object)} as one step of a larger operation, recording in {@code journal}
     * what undoes it. The default undoes it with {@link #unlinked(Object, Object)}: right where
     * linking only added the owner to the other end.
     */
    void linked(O owner, E element, Journal journal) {
        linked(owner, element);
        journal.onFailure(() -> unlinked(owner, element));
    }

    /**
     * {@code element} has left (or is about to leave) the owner's collection: clears the other end. It
     * changes everything or nothing.
     *
     * @return where the other end held the owner, for {@link #relinked}
     */
    abstract long unlinked(O owner, E element);

    /**
     * {@link #unlinked(Object, Object)} as the last step of an operation, which nothing needs to undo:
     * the default unlinks the same way, an end may skip finding where the other end held the owner.
     */
    void unlinkedLast(O owner, E element) {
        unlinked(owner, element);
    }

    /** Undoes {@link #unlinked(Object, Object)}, which answered {@code where}. */
    abstract void relinked(O owner, E element, long where);

    /** {@link #unlinked(Object, Object)} as one step of a larger operation, recording what undoes it. */
    final void unlinked(O owner, E element, Journal journal) {
        long where = unlinked(owner, element);
        journal.onFailure(() -> relinked(owner, element, where));
        recordChange(owner, element, false, journal);
    }

    /** The end as users write it, {@code "Parent.children"}. */
    public final String name() {
        return name;
    }

    /**
     * Sets the scalar end of {@code element}, for an end whose elements each point at their owner (a
     * {@link OneToManyEnd}, {@code child.parent} for {@code parent.children}): moves the element from
     * its old owner's collection to the new owner's, or only takes it out of the old one when
     * {@code owner} is {@code null}. Setting the owner it already has changes nothing.
     *
     * <p>It is declared here, not in {@link OneToManyEnd}, for the JIT: compiled on its own, it
     * sees {@code this} as a {@code CollectionEnd}, whose halves of the short path ({@code joinPlain}
     * and the rest) each kind of end implements, so they stay calls and its code stays small;
     * inlined into a generated helper, where the end is a constant of a known class, every half and
     * hook is inlined with it. Declared in {@code OneToManyEnd}, it had the one-to-many halves bound
     * and inlined, compiled too big to be inlined anywhere (5.6 KB), and each hook in it was a call
     * on the end classes of every relationship.
     *
     * @throws UnsupportedOperationException ({@code [RelateNoScalarEnd]}) on an end whose elements
     *     hold no scalar end
     */
    public final void assign(E element, O owner) {
        if (element == null) {
            throw Problems.nullAssigned(name);
        }
        Object previous = scalarOf(element);
        if (previous == owner) {
            return;
        }
        if (previous != null && owner != null && previous.getClass() != owner.getClass()) {
            assignInGeneral(element, previous, owner); // a proxy, perhaps, of the owner
        } else if (owner != null) {
            add(owner, element);
        } else {
            remove(asOwner(previous), element);
        }
    }

    /**
     * The owner {@code element}'s scalar end points at, for {@link #assign}: ends whose elements hold
     * one ({@link OneToManyEnd}) answer it; the others have none.
     */
    Object scalarOf(E element) {
        throw Problems.noScalarEnd(name);
    }

    /**
     * {@link #assign} where the element's end points at {@code previous}, an object of another class
     * than {@code owner}: the one-to-many end compares them as proxies may be.
     */
    void assignInGeneral(E element, Object previous, O owner) {
        throw new AssertionError();
    }

    /** {@code previous}, an element's scalar end, as an owner. */
    @SuppressWarnings("unchecked")
    private O asOwner(Object previous) {
        return (O) previous;
    }

    /**
     * Adds {@code element} to the owner's collection and links the other end.
     *
     * @return {@code false} if it was already there, which changes nothing
     * @throws IllegalArgumentException if the collection holds an equal but different object
     */
    public final boolean add(O owner, E element) {
        if (plain && owner != null && element != null) {
            C collection = collection(owner);
            int done = collection == null ? GENERAL : joinPlain(owner, element, collection);
            if (done == JOINED) {
                leavePrevious(linkPlain(owner, element, collection), element, owner, collection);
                return true;
            }
            if (done == UNCHANGED) {
                return false;
            }
        }
        return addInGeneral(owner, element);
    }

    /** {@link #add(Object, Object)} in every case, out of line: what its short path leaves. */
    private boolean addInGeneral(O owner, E element) {
        checkOwner(owner);
        checkElement(element);
        if (validates || listens) {
            Journal loading = Journal.loading();
            if (loading != null) {
                return addAsStepOf(owner, element, loading);
            }
        }
        C collection = collection(owner);
        if (positioned || collection == null) {
            return addInJournal(owner, element);
        }
        if (!validates && lookupIsIdentity(collection, element)) {
            // a hash set of a class that keeps Object's equals answers membership itself: one lookup
            refuseLink(owner, element, null);
            if (!Links.add(collection, element)) {
                return false;
            }
            linkOrTakeBack(owner, element, collection);
            return true;
        }
        if (isMember(owner, element)) {
            return false;
        }
        validateLink(owner, element);
        insert(owner, element, collection);
        return true;
    }

    /**
     * {@link #add(Object, Object)} on an observed end while a table loads links
     * ({@link Journal#loading}): one step of the load, validated before it changes anything, whose
     * undoing and listeners {@code journal} records.
     */
    private boolean addAsStepOf(O owner, E element, Journal journal) {
        if (isMember(owner, element)) {
            return false;
        }
        validateLink(owner, element);
        C collection = collectionOrCreate(owner, journal);
        journal.add(collection, element, name);
        linked(owner, element, journal);
        if (positioned) {
            List<E> list = asList(collection);
            int last = list.size() - 1;
            renumber(list, last, last + 1, journal);
        }
        return true;
    }

    /**
     * {@link #add(Object, Object)} as one journaled operation ({@link #addAsStepOf}): for an end that
     * keeps positions, which numbers what it appends, and for an owner whose field is {@code null},
     * whose collection it creates and drops again if a later step fails.
     */
    private boolean addInJournal(O owner, E element) {
        Journal journal = new Journal();
        boolean added;
        try {
            added = addAsStepOf(owner, element, journal);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
        return added;
    }

    /**
     * Removes {@code element} from the owner's collection and clears the other end.
     *
     * @return {@code false} if it was not there, which changes nothing
     */
    public final boolean remove(O owner, Object element) {
        if (plain && owner != null && element != null) {
            C collection = collection(owner);
            int where = collection == null ? GENERAL : leavePlain(owner, element, collection);
            if (where == NOT_MEMBER) {
                return false;
            }
            if (where != GENERAL) {
                unlinkPlain(owner, knownElement(element), collection, where);
                return true;
            }
        }
        return removeInGeneral(owner, element);
    }

    /** {@link #remove(Object, Object)} in every case, out of line: what its short path leaves. */
    private boolean removeInGeneral(O owner, Object element) {
        checkOwner(owner);
        if (element == null) {
            return false;
        }
        if (validates) {
            return removeInSteps(owner, element);
        }
        C collection = collection(owner);
        if (collection != null && lookupIsIdentity(collection, element)) {
            if (collection.getClass() == HashSet.class) {
                // one lookup; if unlinking fails, adding it again puts it back
                if (Links.remove(collection, element)) {
                    unlinkOrPutBack(owner, knownElement(element), collection, Links.IN_SET);
                    return true;
                }
            } else if (Links.contains(collection, element)) {
                detach(owner, collection, knownElement(element));
                return true;
            }
            // the set's lookup missed; a Hibernate proxy of the element (or the entity behind it)
            // hashes as another object, and is found by searching the set once
            if (!Proxies.POSSIBLE || !Links.containsItself(collection, element)) {
                return false;
            }
            detach(owner, collection, knownElement(element));
            return true;
        }
        if (!isMember(owner, element)) {
            return false;
        }
        if (positioned) {
            Journal journal = new Journal();
            try {
                remove(owner, element, journal);
            } catch (RuntimeException | Error e) {
                journal.rollBack(e);
                throw e;
            }
            journal.commit();
            return true;
        }
        detach(owner, collection(owner), cast(element));
        return true;
    }

    /**
     * Replaces the owner's whole collection with {@code elements}: what left is unlinked, what came
     * in is linked (and leaves its previous owner), what stayed is not touched. Repeated elements are
     * kept once, in the order given (a list, or a set that keeps insertion order, takes that order).
     *
     * <p>It changes everything or nothing: if any step throws (a collection that refuses an element,
     * a set already holding an equal one, an accessor), every step taken is undone and the exception
     * rethrown.
     */
    public final void replace(O owner, Collection<? extends E> elements) {
        checkOwner(owner);
        if (elements == null) {
            throw Problems.nullElements(Problems.Part.ELEMENTS, name);
        }
        List<E> incoming = new ArrayList<>(elements.size());
        Set<E> kept = Links.identitySet();
        for (E element : nonNullCopy(elements)) {
            if (kept.add(element)) {
                incoming.add(element);
            }
        }
        C existing = collection(owner);
        if (existing == null && incoming.isEmpty()) {
            return;
        }
        List<E> arriving = new ArrayList<>();
        for (E element : incoming) {
            if (!isMember(owner, element)) {
                arriving.add(element);
            }
        }
        // before anything changes: the members that stay are those given again
        refuseLinks(owner, arriving, kept);
        List<E> previous = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        Journal journal = new Journal();
        try {
            C collection = collectionOrCreate(owner, journal);
            if (validates) {
                replaceInSteps(owner, collection, previous, kept, arriving, incoming, journal);
            } else {
                if (!inOrder(previous, incoming)) {
                    rewrite(collection, incoming, journal);
                }
                List<E> leaving = new ArrayList<>();
                for (E element : previous) {
                    if (!kept.contains(element)) {
                        leaving.add(element);
                    }
                }
                // what leaves goes first: an association arriving for a pair whose association leaves is no second one
                unlinkAll(owner, leaving, journal);
                for (E element : arriving) {
                    linked(owner, element, journal);
                }
            }
            if (positioned) {
                renumber(owner, 0, journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    /**
     * {@link #replace} where a class validates the end: each element that leaves is removed, then
     * each that arrives is added, one pair at a time, each validated before it changes anything; then
     * the collection is put in the order given.
     */
    private void replaceInSteps(O owner, C collection, List<E> previous, Set<E> kept, List<E> arriving,
            List<E> incoming, Journal journal) {
        for (E element : previous) {
            if (!kept.contains(element)) {
                remove(owner, element, journal);
            }
        }
        for (E element : arriving) {
            add(owner, element, collection, journal);
        }
        if (!inOrder(new ArrayList<>(collection), incoming)) {
            rewrite(collection, incoming, journal);
        }
    }

    /** {@link #remove(Object, Object)} where a class validates the end: one journaled step. */
    private boolean removeInSteps(O owner, Object element) {
        Journal journal = new Journal();
        boolean removed;
        try {
            removed = remove(owner, element, journal);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
        return removed;
    }

    /** Removes each of {@code members} as one step of its own, each validated before it changes anything. */
    final void removeInSteps(O owner, List<E> members, Journal journal) {
        for (E member : members) {
            remove(owner, member, journal);
        }
    }

    /** Makes {@code collection} hold {@code incoming}, in that order. */
    private void rewrite(C collection, List<E> incoming, Journal journal) {
        journal.refillOnFailure(collection);
        collection.clear();
        for (E element : incoming) {
            if (!Links.add(collection, element)) {
                throw Problems.equalElement(name, element);
            }
        }
    }

    private static boolean inOrder(List<?> actual, List<?> expected) {
        if (actual.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (actual.get(i) != expected.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Empties the owner's collection and unlinks every element. */
    public final void clear(O owner) {
        checkOwner(owner);
        C collection = collection(owner);
        if (collection == null || collection.isEmpty()) {
            return;
        }
        List<E> removed = new ArrayList<>(collection);
        Journal journal = new Journal();
        try {
            if (validates) {
                removeInSteps(owner, removed, journal);
            } else {
                journal.onFailure(() -> Links.refill(collection, removed));
                collection.clear();
                unlinkAll(owner, removed, journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    /**
     * {@link #clear(Object)} as one step of a larger operation (detaching the owner), recording in
     * {@code journal} what undoes it: the collection refilled in its order, every element relinked.
     */
    final void clear(O owner, Journal journal) {
        C collection = collection(owner);
        if (collection == null || collection.isEmpty()) {
            return;
        }
        List<E> removed = new ArrayList<>(collection);
        if (validates) {
            removeInSteps(owner, removed, journal);
            return;
        }
        journal.onFailure(() -> Links.refill(collection, removed));
        collection.clear();
        unlinkAll(owner, removed, journal);
    }

    /**
     * Inserts a non-member into {@code target}, the owner's collection or a range of it, and links it;
     * if the other end refuses the link, takes it out again.
     */
    final void insert(O owner, E element, Collection<E> target) {
        if (!Links.add(target, element)) {
            throw Problems.equalElement(name, element);
        }
        linkOrTakeBack(owner, element, target);
    }

    /** Links the other end of an element just added to {@code target}; if that fails, takes it out again. */
    private void linkOrTakeBack(O owner, E element, Collection<E> target) {
        linkAdded(owner, element, () -> Links.removeSame(target, element));
    }

    /**
     * Links the other end of an element just added to the owner's collection (or a range of it), the
     * last step of an operation; if linking fails (or a validator refuses), runs {@code takeOut}.
     * Where a class listens to the end, the links go through a {@link Journal}, whose listeners run
     * once both ends agree, after anything that could undo them.
     */
    final void linkAdded(O owner, E element, Runnable takeOut) {
        if (!listens) {
            try {
                linked(owner, element);
            } catch (RuntimeException | Error e) {
                Journal.undo(e, takeOut);
                throw e;
            }
            return;
        }
        Journal journal = new Journal();
        try {
            journal.onFailure(takeOut);
            linked(owner, element, journal);
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    /**
     * {@link #add(Object, Object)} as one step of a larger operation: adds a non-member to
     * {@code target} (the owner's collection, or a range of it) and links it, recording what undoes
     * both in {@code journal}.
     *
     * @return {@code false} if it was already there, which changes nothing
     */
    final boolean add(O owner, E element, Collection<E> target, Journal journal) {
        checkElement(element);
        if (isMember(owner, element)) {
            return false;
        }
        validateLink(owner, element);
        journal.add(target, element, name);
        linked(owner, element, journal);
        return true;
    }

    /**
     * Adds each of {@code elements} (non-null, read already) as {@link #add(Object, Object)} does,
     * everything or nothing, to the collection {@code target} gives (asked once, if there is anything to add).
     *
     * @return whether anything was added
     */
    @SuppressWarnings("unchecked") // the collection of an end that keeps positions is a list
    final boolean addAll(O owner, List<E> elements, Supplier<? extends Collection<E>> target) {
        if (elements.isEmpty()) {
            return false;
        }
        refuseLinks(owner, elements, null);
        boolean created = collection(owner) == null;
        Collection<E> into = target.get();
        int from = into.size();
        boolean changed = false;
        Journal journal = new Journal();
        if (created) {
            journal.onFailure(() -> dropCollection(owner));
        }
        try {
            for (E element : elements) {
                changed |= add(owner, element, into, journal);
            }
            if (positioned && changed) {
                // what was added went to the end: only it is numbered
                renumber((List<E>) into, from, into.size(), journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
        return changed;
    }

    /** The owner's collection, created (and stored in the field) if the field is {@code null}. */
    final C collectionOrCreate(O owner) {
        C collection = collection(owner);
        return collection != null ? collection : createCollection(owner);
    }

    /**
     * {@link #collectionOrCreate(Object)} as one step of a larger operation: a collection it creates
     * is dropped again ({@link #dropCollection}) if the operation fails.
     */
    final C collectionOrCreate(O owner, Journal journal) {
        C collection = collection(owner);
        if (collection != null) {
            return collection;
        }
        C created = createCollection(owner);
        journal.onFailure(() -> dropCollection(owner));
        return created;
    }

    /**
     * Takes {@code member} out of {@code target} (the owner's collection, or a range of it) and
     * unlinks it, everything or nothing. Of the two steps, the one whose undo is exact and cheap comes
     * first: taking it out of a list (put back at its index), a hash set or a sorted set; else (a set
     * that keeps insertion order) unlinking.
     */
    final void detach(O owner, Collection<E> target, E member) {
        validateUnlink(owner, member);
        if (Links.addingRestoresPlace(target)) {
            unlinkOrPutBack(owner, member, target, Links.removeSameAt(target, member));
            return;
        }
        long where = unlinked(owner, member);
        try {
            Links.removeSame(target, member);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> relinked(owner, member, where));
            throw e;
        }
        afterChange(owner, member, false);
    }

    /**
     * Removes {@code element}, the last element {@code iterator} returned from the owner's collection,
     * and unlinks it, everything or nothing: unlinking comes first, so that an iterator whose
     * {@code remove} throws is left as it was, and usable.
     */
    final void removeThrough(Iterator<E> iterator, O owner, E element) {
        validateUnlink(owner, element);
        long where = unlinked(owner, element);
        try {
            iterator.remove();
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> relinked(owner, element, where));
            throw e;
        }
        afterChange(owner, element, false);
    }

    /** Unlinks {@code member}, just taken out of {@code target} from {@code where}; if that fails, puts it back. */
    final void unlinkOrPutBack(O owner, E member, Collection<E> target, int where) {
        try {
            unlinkedLast(owner, member);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> Links.putBack(target, member, where));
            throw e;
        }
        afterChange(owner, member, false);
    }

    /**
     * {@link #remove(Object, Object)} as one step of a larger operation, recording what undoes it.
     *
     * @return {@code false} if it was not there, which changes nothing
     */
    final boolean remove(O owner, Object element, Journal journal) {
        if (element == null || !isMember(owner, element)) {
            return false;
        }
        E member = cast(element);
        validateUnlink(owner, member);
        C collection = collection(owner);
        int where = journal.remove(collection, member);
        unlinked(owner, member, journal);
        if (positioned && where >= 0) {
            renumber(owner, where, journal);
        }
        return true;
    }

    /**
     * Removes the members of {@code target} that match, then unlinks them, everything or nothing.
     * The filter sees every element before anything is removed, so a filter that throws changes nothing.
     *
     * @return how many were removed
     */
    final int removeMatching(O owner, Collection<E> target, Predicate<? super E> filter) {
        if (filter == null) {
            throw Problems.nullArgument(Problems.Part.FILTER, name);
        }
        if (target == null || target.isEmpty()) {
            return 0;
        }
        List<E> before = new ArrayList<>(target.size());
        List<E> removed = new ArrayList<>();
        for (E element : target) {
            before.add(element);
            if (filter.test(element)) {
                removed.add(element);
            }
        }
        if (removed.isEmpty()) {
            return 0;
        }
        Journal journal = new Journal();
        try {
            if (validates) {
                removeInSteps(owner, removed, journal);
            } else {
                journal.onFailure(() -> Links.refill(target, before));
                Links.removeAllSame(target, removed);
                unlinkAll(owner, removed, journal);
                if (positioned) {
                    renumber(owner, 0, journal);
                }
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
        return removed.size();
    }

    /**
     * Unlinks each of {@code removed}, elements that have left the owner's collection, recording one
     * step in {@code journal} that relinks them all.
     */
    final void unlinkAll(O owner, List<E> removed, Journal journal) {
        long[] where = new long[removed.size()];
        int[] done = {0};
        journal.onFailure(() -> {
            for (int i = done[0] - 1; i >= 0; i--) {
                relinked(owner, removed.get(i), where[i]);
            }
        });
        for (int i = 0; i < where.length; i++) {
            E element = removed.get(i);
            where[i] = unlinked(owner, element);
            done[0] = i + 1;
            recordChange(owner, element, false, journal);
        }
    }

    /**
     * A copy of {@code elements}, checked for null before anything changes. Copying first lets
     * elements move here out of {@code elements} itself (another owner's view or field).
     */
    final List<E> nonNullCopy(Collection<? extends E> elements) {
        List<E> copy = new ArrayList<>(elements);
        for (E element : copy) {
            checkElement(element);
        }
        return copy;
    }

    /**
     * Whether {@code collection} is a set whose own lookup of {@code element} compares by identity:
     * O(1) for a hash set.
     */
    private boolean lookupIsIdentity(Collection<E> collection, Object element) {
        return Links.shape(collection) == Links.UNSORTED_SET && comparesByIdentity(element);
    }

    /**
     * Whether {@code object} is of the element type and its class keeps {@code Object}'s
     * {@code equals}. An object of the element class itself, the usual case, is answered from a field.
     */
    final boolean comparesByIdentity(Object object) {
        if (object.getClass() == elementType) {
            return elementTypeComparesByIdentity;
        }
        return isElement(object) && Links.equalsIsIdentity(object);
    }

    /** {@code object}, known to be of the element type, as one: no check at run time. */
    @SuppressWarnings("unchecked")
    final E knownElement(Object object) {
        return (E) object;
    }

    /** Whether {@code object} is of the element type. */
    final boolean isElement(Object object) {
        return elementType.isInstance(object);
    }

    /** The element type's cast, for objects known to be members. */
    final E cast(Object member) {
        return elementType.cast(member);
    }

    final void checkOwner(O owner) {
        if (owner == null) {
            throw Problems.nullOwner(name);
        }
    }

    final void checkElement(Object element) {
        if (element == null) {
            throw Problems.nullElement(name);
        }
    }
}
