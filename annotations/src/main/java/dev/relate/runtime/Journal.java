package dev.relate.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an operation of several steps has changed so far, as the steps that undo it: when a later
 * step throws (a user's collection, accessor, {@code equals}, {@code hashCode} or comparator), the
 * operation rolls the journal back, last step first, and rethrows. So every operation changes
 * everything or nothing.
 *
 * <p>Operations on a single element do not allocate a journal: they undo their one or two earlier
 * steps by hand ({@link #undo}).
 */
final class Journal {
    /**
     * The journal of a load ({@link JdbcTable}'s {@code loadLinks}) running on this thread, which the
     * adds of observed ends join, so that a refusal undoes every link the load made; null otherwise.
     */
    private static final ThreadLocal<Journal> LOADING = new ThreadLocal<>();

    private final List<Runnable> undoSteps = new ArrayList<>();
    /** The listeners to call once the operation has succeeded, in the order of the changes; made on the first. */
    private List<Runnable> afterSteps;
    /** The maps whose entries a step has saved for undoing ({@link MapEnd}), by identity; made on first use. */
    private Map<Object, Boolean> savedMaps;

    /**
     * Opens a journal that {@link CollectionEnd#add(Object, Object)} on an end a class validates or
     * listens to joins, on this thread, until {@link #closeLoading}: each such add is then one step of
     * the load, undone if a later one fails, its listeners run when the load commits.
     */
    static Journal openLoading() {
        Journal journal = new Journal();
        LOADING.set(journal);
        return journal;
    }

    /** Closes the journal {@link #openLoading} opened, before it is committed or rolled back. */
    static void closeLoading() {
        LOADING.remove();
    }

    /** The journal of the load running on this thread, or null. */
    static Journal loading() {
        return LOADING.get();
    }

    /** Records what undoes the step just taken (or about to be taken, when undoing it twice is harmless). */
    void onFailure(Runnable undoStep) {
        undoSteps.add(undoStep);
    }

    /**
     * Undoes every step recorded, last first. What an undo step throws is added to {@code failure} as
     * suppressed, and the next step is still undone.
     */
    void rollBack(Throwable failure) {
        for (int i = undoSteps.size() - 1; i >= 0; i--) {
            undo(failure, undoSteps.get(i));
        }
        undoSteps.clear();
        afterSteps = null;
    }

    /**
     * Records a listener call for a change just made, to run when the operation has succeeded and both
     * ends of every pair agree ({@link #commit}); a roll-back drops it.
     */
    void afterSuccess(Runnable listener) {
        if (afterSteps == null) {
            afterSteps = new ArrayList<>();
        }
        afterSteps.add(listener);
    }

    /**
     * Ends an operation that succeeded: runs the listener calls recorded, in order. The changes stay
     * whatever a listener does; every listener runs, and the first one's exception is rethrown
     * afterwards with the later ones suppressed.
     */
    void commit() {
        List<Runnable> listeners = afterSteps;
        if (listeners == null) {
            return;
        }
        afterSteps = null;
        undoSteps.clear();
        RuntimeException failed = null;
        for (Runnable listener : listeners) {
            try {
                listener.run();
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

    /** Runs one undo step after {@code failure}; if it throws too, that is added to {@code failure} as suppressed. */
    static void undo(Throwable failure, Runnable undoStep) {
        try {
            undoStep.run();
        } catch (RuntimeException | Error e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Adds {@code element} to {@code created}, an empty collection that the operation has just created
     * in a field that was {@code null}: if adding throws, runs {@code drop}, which writes {@code null}
     * back to the field, and rethrows.
     */
    static <E> void addToCreated(Collection<E> created, E element, Runnable drop) {
        try {
            Links.add(created, element);
        } catch (RuntimeException | Error e) {
            undo(e, drop);
            throw e;
        }
    }

    /** Adds {@code element} to {@code collection}, which must take it, and records its removal. */
    <E> void add(Collection<E> collection, E element, String end) {
        if (!Links.add(collection, element)) {
            throw Problems.equalElement(end, element);
        }
        onFailure(() -> Links.removeSame(collection, element));
    }

    /**
     * Removes {@code element} itself from {@code collection}, if there, and records putting it back in
     * its place.
     *
     * @return where it was, as {@link Links#removeSameAt} tells: its index in a list
     */
    <E> int remove(Collection<E> collection, E element) {
        int where = Links.removeSameAt(collection, element);
        if (where != Links.ABSENT) {
            onFailure(() -> Links.putBack(collection, element, where));
        }
        return where;
    }

    /**
     * Records, before a step that changes several elements of {@code collection} (a list or range
     * included), that undoing it refills the collection with what it holds now, in this order.
     */
    <E> void refillOnFailure(Collection<E> collection) {
        List<E> before = new ArrayList<>(collection);
        onFailure(() -> Links.refill(collection, before));
    }

    /**
     * The maps whose entries a step of this operation has saved already, so that undoing refills each
     * map once, as it was before the first step that changed it ({@link MapEnd}'s steps of a load).
     */
    Map<Object, Boolean> savedMaps() {
        if (savedMaps == null) {
            savedMaps = new IdentityHashMap<>();
        }
        return savedMaps;
    }
}
