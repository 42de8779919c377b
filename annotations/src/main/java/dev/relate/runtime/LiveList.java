package dev.relate.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A live {@link List} view of a list end. Positional operations follow the list contract, with
 * two rules that keep each element in the list once: adding at an index an element that is already
 * in the list throws {@link IllegalArgumentException}, and setting at an index an element that is
 * already elsewhere in the list swaps the two (so {@link Collections#swap} works). Membership
 * ({@code contains}, {@code indexOf}, {@code remove}) is by identity.
 */
public class LiveList<O, E> extends AbstractList<E> implements LiveView {
    private final CollectionEnd<O, E, ? extends List<E>> end;
    private final O owner;

    /**
     * A view of the owner's list.
     *
     * @throws NullPointerException if {@code owner} is {@code null}
     */
    protected LiveList(CollectionEnd<O, E, ? extends List<E>> end, O owner) {
        end.checkOwner(owner);
        this.end = end;
        this.owner = owner;
    }

    private List<E> list() {
        List<E> list = end.collection(owner);
        return list == null ? Collections.<E>emptyList() : list;
    }

    private List<E> listForAdd() {
        return listForAdd(0);
    }

    /** The owner's list, created if its field is null and {@code index} is a valid place to add at. */
    private List<E> listForAdd(int index) {
        List<E> list = end.collection(owner);
        if (list != null) {
            return list;
        }
        if (index != 0) {
            throw Problems.indexOutOfBounds(index, 0);
        }
        return end.createCollection(owner);
    }

    @Override
    public E get(int index) {
        return list().get(index);
    }

    @Override
    public int size() {
        return list().size();
    }

    @Override
    public boolean contains(Object o) {
        return end.isMember(owner, o);
    }

    @Override
    public int indexOf(Object o) {
        return end.isMember(owner, o) ? Links.indexOfSame(list(), o) : -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean add(E e) {
        return addThrough(end, e);
    }

    /**
     * {@link #add(Object)} through {@code end}, this view's end. Generated code makes each end's
     * views as a subclass of its own whose {@code add} and {@code remove} call this method and
     * {@link #removeThrough} with the end's {@code static final} constant. A view is obtained and
     * used at once ({@code ParentRelations.children(parent).add(child)}): the JIT inlines the
     * subclass's small {@code add} into the caller and this method into it, with the constant for
     * {@code end}, so every call on the end ({@link CollectionEnd#add(Object, Object)} and the
     * hooks of its kind) is bound to the generated end class and inlined, as in a generated helper,
     * and the view itself is scalar-replaced. Through the field, those calls would stay virtual: the
     * JIT does not know the field's class when it decides what to inline, and in an application with
     * many relationships each such call has seen every end class. Compiled on its own, for every
     * end, this method stays small, so that it remains inlinable.
     */
    protected final boolean addThrough(CollectionEnd<O, E, ? extends List<E>> end, E e) {
        boolean added;
        try {
            added = end.add(owner, e);
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> e != null && end.isMember(owner, e));
            throw failure;
        }
        if (added) {
            modCount++;
        }
        return added;
    }

    /**
     * After a change through this view that threw: where the change was made all the same (a
     * listener threw once both ends agreed, and the change stays), counts it as one, so that ranges
     * and iterators opened before fail fast as after any other change. What asking throws is
     * suppressed on {@code failure}.
     */
    private void countIf(Throwable failure, BooleanSupplier changed) {
        try {
            if (changed.getAsBoolean()) {
                modCount++;
            }
        } catch (RuntimeException | Error e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    /** The size of the owner's list, 0 while its field is null. */
    private int sizeOrZero() {
        List<E> list = end.collection(owner);
        return list == null ? 0 : list.size();
    }

    /** Adds each element as {@link #add(Object)} does, everything or nothing; see {@link LiveCollection#addAll}. */
    @Override
    public boolean addAll(Collection<? extends E> c) {
        List<E> incoming = end.nonNullCopy(c);
        int size = sizeOrZero();
        boolean changed;
        try {
            changed = end.addAll(owner, incoming, this::listForAdd);
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> sizeOrZero() != size);
            throw failure;
        }
        if (changed) {
            modCount++;
        }
        return changed;
    }

    @Override
    public void add(int index, E element) {
        checkNotMember(element);
        if (end.positioned) {
            addAll(index, Collections.singletonList(element));
            return;
        }
        List<E> list = end.collection(owner);
        if (list == null && index != 0) {
            throw Problems.indexOutOfBounds(index, 0);
        }
        // validated before a null field gets its list, so that a refusal leaves the field null
        end.validateLink(owner, element);
        boolean created = list == null;
        List<E> target = created ? end.createCollection(owner) : list;
        try {
            target.add(index, element);
            end.linkAdded(owner, element, () -> target.remove(index));
        } catch (RuntimeException | Error failure) {
            if (created) {
                end.dropCollection(failure, owner);
            }
            countIf(failure, () -> end.isMember(owner, element));
            throw failure;
        }
        modCount++;
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        List<E> incoming = checkedIncoming(c);
        if (incoming.isEmpty()) {
            return false;
        }
        end.refuseLinks(owner, incoming, null);
        boolean created = end.collection(owner) == null;
        List<E> list = listForAdd(index);
        Journal journal = new Journal();
        if (created) {
            journal.onFailure(() -> end.dropCollection(owner));
        }
        try {
            journal.refillOnFailure(list);
            if (end.validates()) {
                // one element at a time, each validated before it changes anything
                int at = index;
                for (E element : incoming) {
                    end.validateLink(owner, element);
                    list.add(at++, element);
                    end.linked(owner, element, journal);
                }
            } else {
                list.addAll(index, incoming);
                for (E element : incoming) {
                    end.linked(owner, element, journal);
                }
            }
            if (end.positioned) {
                end.renumber(list, index, list.size(), journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        modCount++;
        journal.commit();
        return true;
    }

    @Override
    public E set(int index, E element) {
        end.checkElement(element);
        List<E> list = list();
        E previous = list.get(index);
        if (previous == element) {
            return previous;
        }
        setAt(list, index, previous, element);
        return previous;
    }

    /** Puts {@code element} at {@code index} of {@code list} in place of {@code previous}, another element. */
    private void setAt(List<E> list, int index, E previous, E element) {
        if (end.isMember(owner, element)) {
            int from = Links.indexOfSame(list, element);
            swap(list, index, previous, from, element);
            if (end.positioned) {
                end.renumberOrUndo(owner, Math.min(index, from), Math.max(index, from) + 1,
                        () -> swap(list, index, element, from, previous));
            }
        } else {
            replaceAt(list, index, previous, element);
        }
    }

    /** Puts {@code element}, a member found at {@code from}, at {@code index} and {@code previous} at {@code from}. */
    private static <E> void swap(List<E> list, int index, E previous, int from, E element) {
        list.set(index, element);
        try {
            list.set(from, previous);
        } catch (RuntimeException | Error e) {
            Journal.undo(e, () -> list.set(index, previous));
            throw e;
        }
    }

    /**
     * Puts {@code element}, a non-member, at {@code index} of {@code list} (the owner's list, or a range
     * of it) in place of {@code previous}.
     */
    private void replaceAt(List<E> list, int index, E previous, E element) {
        if (end.validates()) {
            replaceInSteps(list, index, previous, element);
            return;
        }
        end.refuseLink(owner, element, previous);
        Journal journal = new Journal();
        try {
            list.set(index, element);
            journal.onFailure(() -> list.set(index, previous));
            end.unlinked(owner, previous, journal); // first: the new element may take the place of its pair
            end.linked(owner, element, journal);
            if (end.positioned) {
                end.renumber(end.collection(owner), index, index + 1, journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    /**
     * {@link #replaceAt} where a class validates the end: two steps, as SQLAlchemy's list assignment
     * is a remove and then an append. {@code previous} leaves (validated, taken out, unlinked), then
     * {@code element} arrives at its place (validated, seeing the list without {@code previous}, put in,
     * linked); a refusal of either puts everything back.
     */
    private void replaceInSteps(List<E> list, int index, E previous, E element) {
        end.refuseLink(owner, element, previous);
        end.validateUnlink(owner, previous);
        Journal journal = new Journal();
        try {
            list.remove(index);
            journal.onFailure(() -> list.add(index, previous));
            end.unlinked(owner, previous, journal);
            end.validateLink(owner, element);
            list.add(index, element);
            journal.onFailure(() -> list.remove(index));
            end.linked(owner, element, journal);
            if (end.positioned) {
                end.renumber(end.collection(owner), index, index + 1, journal);
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        journal.commit();
    }

    @Override
    public E remove(int index) {
        List<E> list = end.collection(owner);
        if (list == null) {
            throw Problems.indexOutOfBounds(index, 0);
        }
        if (end.positioned) {
            E removed = list.get(index);
            removeRange(index, index + 1);
            return removed;
        }
        if (end.validates()) {
            end.validateUnlink(owner, list.get(index));
        }
        E removed = list.remove(index);
        try {
            end.unlinkOrPutBack(owner, removed, list, index);
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> !end.isMember(owner, removed));
            throw failure;
        }
        modCount++;
        return removed;
    }

    @Override
    public boolean remove(Object o) {
        return removeThrough(end, o);
    }

    /** {@link #remove(Object)} through {@code end}, this view's end: see {@link #addThrough}. */
    protected final boolean removeThrough(CollectionEnd<O, E, ? extends List<E>> end, Object o) {
        boolean removed;
        try {
            removed = end.remove(owner, o);
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> o != null && !end.isMember(owner, o));
            throw failure;
        }
        if (removed) {
            modCount++;
        }
        return removed;
    }

    @Override
    public void clear() {
        int size = sizeOrZero();
        try {
            end.clear(owner);
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> sizeOrZero() != size);
            throw failure;
        }
        modCount++;
    }

    @Override
    protected void removeRange(int fromIndex, int toIndex) {
        List<E> list = list();
        List<E> removed = new ArrayList<>(list.subList(fromIndex, toIndex));
        Journal journal = new Journal();
        try {
            if (end.validates()) {
                end.removeInSteps(owner, removed, journal);
            } else {
                journal.refillOnFailure(list);
                list.subList(fromIndex, toIndex).clear();
                for (E element : removed) {
                    end.unlinked(owner, element, journal);
                }
                if (end.positioned) {
                    end.renumber(list, fromIndex, list.size(), journal);
                }
            }
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        modCount++;
        journal.commit();
    }

    @Override
    public boolean removeIf(Predicate<? super E> filter) {
        int size = sizeOrZero();
        boolean removed;
        try {
            removed = end.removeMatching(owner, end.collection(owner), filter) > 0;
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> sizeOrZero() != size);
            throw failure;
        }
        if (removed) {
            modCount++;
        }
        return removed;
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        return removeIf(Links.membership(c));
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        return removeIf(Links.membership(c).negate());
    }

    @Override
    public void sort(Comparator<? super E> c) {
        List<E> list = end.collection(owner);
        if (list == null) {
            return;
        }
        List<E> before = new ArrayList<>(list);
        try {
            list.sort(c);
        } catch (RuntimeException | Error e) {
            // a comparator that throws half way leaves the list half sorted
            Journal.undo(e, () -> Links.refill(list, before));
            throw e;
        }
        if (end.positioned) {
            end.renumberOrUndo(owner, 0, list.size(), () -> Links.refill(list, before));
        }
        modCount++;
    }

    /** Replaces every element with the operator's result; the results must be distinct. */
    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        replaceRange(0, size(), operator);
    }

    /**
     * Replaces each element from {@code from} to {@code to} with the operator's result, everything or
     * nothing; the results and the elements outside the range must be distinct.
     */
    private void replaceRange(int from, int to, UnaryOperator<E> operator) {
        Objects.requireNonNull(operator);
        List<E> whole = new ArrayList<>(list());
        for (int i = from; i < to; i++) {
            whole.set(i, operator.apply(whole.get(i)));
        }
        replaceWith(whole);
    }

    /** Whether the owner's list holds {@code whole}, the same objects in the same order. */
    private boolean holdsInOrder(List<E> whole) {
        List<E> list = end.collection(owner);
        if (list == null || list.size() != whole.size()) {
            return false;
        }
        Iterator<E> it = list.iterator();
        for (E element : whole) {
            if (it.next() != element) {
                return false;
            }
        }
        return true;
    }

    /** Sorts the elements from {@code from} to {@code to}, everything or nothing. */
    private void sortRange(int from, int to, Comparator<? super E> c) {
        List<E> whole = new ArrayList<>(list());
        whole.subList(from, to).sort(c);
        replaceWith(whole);
    }

    /**
     * Makes the list hold {@code whole}, which must hold distinct non-null elements: links what came,
     * unlinks what left.
     */
    private void replaceWith(List<E> whole) {
        Set<E> seen = Links.identitySet();
        for (E element : whole) {
            end.checkElement(element);
            if (!seen.add(element)) {
                throw Problems.duplicateIncoming(end.name(), element);
            }
        }
        try {
            end.replace(owner, whole);
        } catch (RuntimeException | Error failure) {
            countIf(failure, () -> holdsInOrder(whole));
            throw failure;
        }
        modCount++;
    }

    /**
     * A range view whose bulk operations ({@code removeIf}, {@code removeAll}, {@code retainAll},
     * {@code replaceAll}, {@code sort}, {@code clear}) are everything or nothing as the list's are.
     */
    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        if (fromIndex < 0 || toIndex > size() || fromIndex > toIndex) {
            throw Problems.rangeOutOfBounds(fromIndex, toIndex, size());
        }
        return new Range(null, fromIndex, toIndex - fromIndex);
    }

    @Override
    public Iterator<E> iterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        List<E> list = end.collection(owner);
        if (list == null) {
            // walks nothing; its first add() creates the owner's list
            return new LinkingListIterator(null, Collections.<E>emptyList().listIterator(index));
        }
        return new LinkingListIterator(list, list.listIterator(index));
    }

    private void checkNotMember(E element) {
        end.checkElement(element);
        if (end.isMember(owner, element)) {
            throw Problems.alreadyAt(end.name(), element, Links.indexOfSame(list(), element));
        }
    }

    private List<E> checkedIncoming(Collection<? extends E> c) {
        List<E> incoming = new ArrayList<>(c);
        Set<E> seen = Links.identitySet();
        for (E element : incoming) {
            checkNotMember(element);
            if (!seen.add(element)) {
                throw Problems.duplicateIncoming(end.name(), element);
            }
        }
        return incoming;
    }

    /**
     * The elements from {@code offset} on, {@code size} of them, of this list; a change made to the
     * list other than through this range (or a range within it) makes it fail fast.
     */
    private final class Range extends AbstractList<E> {
        private final Range parent;
        private final int offset;
        private int size;
        private int expectedModCount;

        Range(Range parent, int offset, int size) {
            this.parent = parent;
            this.offset = offset;
            this.size = size;
            this.expectedModCount = LiveList.this.modCount;
        }

        private void checkForComodification() {
            if (LiveList.this.modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }

        private void checkIndex(int index, int bound) {
            if (index < 0 || index > bound) {
                throw Problems.indexOutOfBounds(index, size);
            }
        }

        /**
         * After a change made through this range, which changed the list's size by {@code delta}: the
         * size of this range and of every range it is in. It reads nothing of the owner's (a user's
         * accessor or collection that threw now would leave the change made).
         */
        private void changed(int delta) {
            for (Range range = this; range != null; range = range.parent) {
                range.size += delta;
                range.expectedModCount = LiveList.this.modCount;
                range.modCount++;
            }
        }

        @Override
        public E get(int index) {
            checkForComodification();
            checkIndex(index, size - 1);
            return LiveList.this.get(offset + index);
        }

        @Override
        public int size() {
            checkForComodification();
            return size;
        }

        @Override
        public E set(int index, E element) {
            checkForComodification();
            checkIndex(index, size - 1);
            return LiveList.this.set(offset + index, element);
        }

        /**
         * After a change through this range that threw, which the list counted all the same (a
         * listener threw once it was made, see {@link LiveList#countIf}): this range and those it is
         * in follow it, as after a change that returned.
         */
        private void followFailed(Throwable failure, int countBefore, int sizeBefore) {
            if (LiveList.this.modCount == countBefore) {
                return;
            }
            try {
                changed(sizeOrZero() - sizeBefore);
            } catch (RuntimeException | Error e) {
                if (e != failure) {
                    failure.addSuppressed(e);
                }
            }
        }

        @Override
        public void add(int index, E element) {
            checkForComodification();
            checkIndex(index, size);
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            try {
                LiveList.this.add(offset + index, element);
            } catch (RuntimeException | Error failure) {
                followFailed(failure, count, total);
                throw failure;
            }
            changed(1);
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            checkForComodification();
            checkIndex(index, size);
            List<E> incoming = new ArrayList<>(c);
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            boolean added;
            try {
                added = LiveList.this.addAll(offset + index, incoming);
            } catch (RuntimeException | Error failure) {
                followFailed(failure, count, total);
                throw failure;
            }
            changed(added ? incoming.size() : 0);
            return added;
        }

        @Override
        public boolean addAll(Collection<? extends E> c) {
            return addAll(size(), c);
        }

        @Override
        public E remove(int index) {
            checkForComodification();
            checkIndex(index, size - 1);
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            E removed;
            try {
                removed = LiveList.this.remove(offset + index);
            } catch (RuntimeException | Error failure) {
                followFailed(failure, count, total);
                throw failure;
            }
            changed(-1);
            return removed;
        }

        @Override
        protected void removeRange(int fromIndex, int toIndex) {
            checkForComodification();
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            try {
                LiveList.this.removeRange(offset + fromIndex, offset + toIndex);
            } catch (RuntimeException | Error failure) {
                followFailed(failure, count, total);
                throw failure;
            }
            changed(fromIndex - toIndex);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            checkForComodification();
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            int removed;
            try {
                removed = end.removeMatching(owner, list().subList(offset, offset + size), filter);
            } catch (RuntimeException | Error failure) {
                countIf(failure, () -> sizeOrZero() != total);
                followFailed(failure, count, total);
                throw failure;
            }
            if (removed > 0) {
                LiveList.this.modCount++;
                changed(-removed);
            }
            return removed > 0;
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return removeIf(Links.membership(c));
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return removeIf(Links.membership(c).negate());
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            checkForComodification();
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            try {
                replaceRange(offset, offset + size, operator);
            } catch (RuntimeException | Error failure) {
                followFailed(failure, count, total);
                throw failure;
            }
            changed(0);
        }

        @Override
        public void sort(Comparator<? super E> c) {
            checkForComodification();
            int count = LiveList.this.modCount;
            int total = sizeOrZero();
            try {
                sortRange(offset, offset + size, c);
            } catch (RuntimeException | Error failure) {
                followFailed(failure, count, total);
                throw failure;
            }
            changed(0);
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            checkForComodification();
            if (fromIndex < 0 || toIndex > size || fromIndex > toIndex) {
                throw Problems.rangeOutOfBounds(fromIndex, toIndex, size);
            }
            return new Range(this, offset + fromIndex, toIndex - fromIndex);
        }
    }

    /**
     * Walks the list itself (so concurrent changes fail fast) and links or unlinks what it changes.
     * {@code set} and {@code remove} act on the element now at the position last returned, read again
     * from the list: a swap or a replacement made meanwhile through another path (which the list does
     * not count as a structural change) may have put another element there.
     */
    private final class LinkingListIterator implements ListIterator<E> {
        /** The owner's list, or {@code null} while the owner's field is null and nothing was added. */
        private List<E> list;
        private ListIterator<E> delegate;
        /** The index of the element last returned by next() or previous(), or -1. */
        private int lastIndex = -1;

        LinkingListIterator(List<E> list, ListIterator<E> delegate) {
            this.list = list;
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public E next() {
            E next = delegate.next();
            lastIndex = delegate.previousIndex();
            return next;
        }

        @Override
        public boolean hasPrevious() {
            return delegate.hasPrevious();
        }

        @Override
        public E previous() {
            E previous = delegate.previous();
            lastIndex = delegate.nextIndex();
            return previous;
        }

        @Override
        public int nextIndex() {
            return delegate.nextIndex();
        }

        @Override
        public int previousIndex() {
            return delegate.previousIndex();
        }

        /** The element now at the position last returned; a position the list no longer has fails fast. */
        private E current() {
            if (lastIndex < 0) {
                throw Problems.noCurrentElement();
            }
            if (lastIndex >= list.size()) {
                throw new ConcurrentModificationException();
            }
            return list.get(lastIndex);
        }

        @Override
        public void remove() {
            E removed = current();
            try {
                if (end.positioned) {
                    removeNumbered(removed);
                } else {
                    end.removeThrough(delegate, owner, removed);
                }
            } catch (RuntimeException | Error failure) {
                if (lastIndex >= 0 && lastIndex < list.size() && list.get(lastIndex) == removed) {
                    throw failure; // undone: the element is still the current one
                }
                // removed, and a listener threw: there is no current element any more, as after a remove
                lastIndex = -1;
                modCount++;
                throw failure;
            }
            lastIndex = -1;
            modCount++;
        }

        /**
         * Removes the current element of a list that keeps positions: numbers what follows it as it
         * will be, unlinks it, then removes it through the iterator, the one step that cannot be
         * undone without breaking the iterator, last.
         */
        private void removeNumbered(E removed) {
            end.validateUnlink(owner, removed);
            Journal journal = new Journal();
            try {
                int size = list.size();
                ListIterator<E> following = list.listIterator(lastIndex + 1);
                for (int i = lastIndex; i < size - 1; i++) {
                    E element = following.next();
                    int old = end.positionOf(element);
                    if (old != i) {
                        journal.onFailure(() -> end.positionTo(element, old));
                        end.positionTo(element, i);
                    }
                }
                end.unlinked(owner, removed, journal);
                delegate.remove();
            } catch (RuntimeException | Error e) {
                journal.rollBack(e);
                throw e;
            }
            journal.commit();
        }

        @Override
        public void set(E element) {
            end.checkElement(element);
            E previous = current();
            if (previous == element) {
                return;
            }
            setAt(list, lastIndex, previous, element);
        }

        @Override
        public void add(E element) {
            checkNotMember(element);
            end.validateLink(owner, element);
            boolean created = list == null;
            if (created) {
                list = listForAdd();
                delegate = list.listIterator();
            }
            int index = delegate.nextIndex();
            delegate.add(element);
            lastIndex = -1;
            // step back over the element just added and take it out: the cursor is where it was
            Runnable takeOut = () -> {
                delegate.previous();
                delegate.remove();
            };
            try {
                if (end.positioned) {
                    Journal journal = new Journal();
                    try {
                        journal.onFailure(takeOut);
                        end.linked(owner, element, journal);
                        end.renumber(list, index, list.size(), journal);
                    } catch (RuntimeException | Error e) {
                        journal.rollBack(e);
                        throw e;
                    }
                    journal.commit();
                } else {
                    end.linkAdded(owner, element, takeOut);
                }
            } catch (RuntimeException | Error failure) {
                if (created) {
                    end.dropCollection(failure, owner);
                    list = null;
                    delegate = Collections.<E>emptyList().listIterator();
                }
                countIf(failure, () -> end.isMember(owner, element));
                throw failure;
            }
            modCount++;
        }
    }
}
