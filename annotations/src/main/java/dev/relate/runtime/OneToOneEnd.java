package dev.relate.runtime;

/**
 * One end of a one-to-one relationship: the scalar field {@code a.b}, whose other end is the
 * scalar field {@code b.a}. {@code a.b == x} exactly when {@code x.a == a}.
 *
 * @param <A> the class that owns this end
 * @param <B> the class on the other side
 */
public abstract class OneToOneEnd<A, B> {
    /** What a generated end passes to its constructor when a class declares a validator of the end. */
    protected static final int VALIDATES = 1;
    /** What a generated end passes to its constructor when a class declares a listener of the end. */
    protected static final int LISTENS = 2;

    private final String name;
    /**
     * Whether {@link #validate} and {@link #changed} are overridden: decided when the end is made, so
     * an end that no class listens to pays a field read and a branch per change, and no call.
     */
    private final boolean validates;
    private final boolean listens;
    /**
     * Whether no class validates or listens to the end: then {@link #set} is the short path, one field
     * read and a branch more than before ends had events, and {@link #setWithEvents} stays out of it.
     */
    private final boolean plain;

    /** @param name the end as users write it, {@code "Parent.child"}, for messages */
    protected OneToOneEnd(String name) {
        this(name, 0);
    }

    /**
     * @param name the end as users write it, {@code "Parent.child"}, for messages
     * @param events {@link #VALIDATES}, {@link #LISTENS} or both: what the classes of the two ends declare
     */
    protected OneToOneEnd(String name, int events) {
        this.name = name;
        this.validates = (events & VALIDATES) != 0;
        this.listens = (events & LISTENS) != 0;
        this.plain = events == 0;
    }

    /**
     * Calls the validators the two classes declare for this pair ({@code @Validates}): generated code
     * overrides it where one does. It runs before anything changes, and may refuse by throwing: the
     * operation then changes nothing.
     *
     * @param linking {@code true} before a link, {@code false} before an unlink
     */
    protected void validate(A owner, B value, boolean linking) {
    }

    /**
     * Calls the listener the owner's class declares for this end ({@code @OnChange}): generated code
     * overrides it where it does. It runs after the operation, when both ends of every pair agree.
     *
     * @param linked {@code true} after a link, {@code false} after an unlink
     */
    protected void changed(A owner, B value, boolean linked) {
    }

    /**
     * Calls the listener the other class declares for the other end ({@code @OnChange}), as
     * {@link #changed} does for this one: a call of its own, so that each runs if the other throws.
     */
    protected void otherChanged(B value, A owner, boolean linked) {
    }

    /** Reads this end. */
    protected abstract B get(A owner);

    /** Writes this end, and nothing else. */
    protected abstract void write(A owner, B value);

    /** Reads the other end. */
    protected abstract A inverseOf(B value);

    /** Writes the other end, and nothing else. */
    protected abstract void writeInverse(B value, A owner);

    /** The end as users write it, {@code "Parent.child"}. */
    public final String name() {
        return name;
    }

    /**
     * Links {@code owner} and {@code value} both ways. The owner's old partner is cleared, and so is
     * the old partner of {@code value}; {@code null} only unlinks. Setting the partner the owner
     * already has changes nothing. It changes everything or nothing: if an accessor throws, the
     * fields written before are written back.
     *
     * <p>Where a class declares a validator or listener, the change is up to three pairs, in this
     * order: {@code (owner, previous)} unlinked, {@code (previousOwner, value)} unlinked (the pair
     * {@code value} leaves), {@code (owner, value)} linked. Every validator runs before anything
     * changes; the listeners run after, in that order.
     */
    public final void set(A owner, B value) {
        if (owner == null) {
            throw Problems.nullOwner(name);
        }
        B previous = get(owner);
        if (Proxies.same(previous, value)) {
            return;
        }
        if (plain) {
            writeAll(owner, previous, value);
        } else {
            setWithEvents(owner, previous, value);
        }
    }

    /**
     * {@link #set} where a class declares a validator or listener: finds the pairs that change,
     * validates each, changes them, then runs the listeners.
     */
    private void setWithEvents(A owner, B previous, B value) {
        A displaced = null;
        if (value != null) {
            A previousOwner = inverseOf(value);
            if (previousOwner != null && !Proxies.same(previousOwner, owner)
                    && Proxies.same(get(previousOwner), value)) {
                displaced = previousOwner;
            }
        }
        if (validates) {
            if (previous != null) {
                validate(owner, previous, false);
            }
            if (displaced != null) {
                validate(displaced, value, false);
            }
            if (value != null) {
                validate(owner, value, true);
            }
        }
        writeAll(owner, previous, value);
        if (listens) {
            Journal journal = new Journal();
            if (previous != null) {
                recordChange(owner, previous, false, journal);
            }
            if (displaced != null) {
                recordChange(displaced, value, false, journal);
            }
            if (value != null) {
                recordChange(owner, value, true, journal);
            }
            journal.commit();
        }
    }

    /** A change of the pair as one step of a larger operation: the listeners run when {@code journal} commits. */
    private void recordChange(A owner, B value, boolean linked, Journal journal) {
        journal.afterSuccess(() -> changed(owner, value, linked));
        journal.afterSuccess(() -> otherChanged(value, owner, linked));
    }

    /** Writes the four fields {@link #set} changes, everything or nothing. */
    private void writeAll(A owner, B previous, B value) {
        boolean previousCleared = false;
        A previousOwner = null;
        boolean previousOwnerCleared = false;
        boolean inverseWritten = false;
        try {
            if (previous != null && Proxies.same(inverseOf(previous), owner)) {
                writeInverse(previous, null);
                previousCleared = true;
            }
            if (value != null) {
                previousOwner = inverseOf(value);
                if (previousOwner != null && Proxies.same(get(previousOwner), value)) {
                    write(previousOwner, null);
                    previousOwnerCleared = true;
                }
                writeInverse(value, owner);
                inverseWritten = true;
            }
            write(owner, value);
        } catch (RuntimeException | Error e) {
            A valueOwner = previousOwner;
            if (inverseWritten) {
                Journal.undo(e, () -> writeInverse(value, valueOwner));
            }
            if (previousOwnerCleared) {
                Journal.undo(e, () -> write(valueOwner, value));
            }
            if (previousCleared) {
                Journal.undo(e, () -> writeInverse(previous, owner));
            }
            throw e;
        }
    }

    /**
     * {@code set(owner, null)} as one step of a larger operation (detaching the owner): clears this
     * end and, if it points back, the partner's, recording in {@code journal} what writes both back
     * as they were.
     */
    final void clear(A owner, Journal journal) {
        B previous = get(owner);
        if (previous == null) {
            return;
        }
        if (validates) {
            validate(owner, previous, false);
        }
        A back = inverseOf(previous);
        if (back != null && Proxies.same(back, owner)) {
            journal.onFailure(() -> writeInverse(previous, back));
            writeInverse(previous, null);
        }
        journal.onFailure(() -> write(owner, previous));
        write(owner, null);
        if (listens) {
            recordChange(owner, previous, false, journal);
        }
    }
}
