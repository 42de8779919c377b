package dev.relate.runtime;

/**
 * One end of a one-to-one relationship: the scalar field {@code a.b}, whose other end is the
 * scalar field {@code b.a}. {@code a.b == x} exactly when {@code x.a == a}.
 *
 * @param <A> the class that owns this end
 * @param <B> the class on the other side
 */
public abstract class OneToOneEnd<A, B> {
    private final String name;

    /** @param name the end as users write it, {@code "Parent.child"}, for messages */
    protected OneToOneEnd(String name) {
        this.name = name;
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
     */
    public final void set(A owner, B value) {
        if (owner == null) {
            throw Problems.nullOwner(name);
        }
        B previous = get(owner);
        if (Proxies.same(previous, value)) {
            return;
        }
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
        A back = inverseOf(previous);
        if (back != null && Proxies.same(back, owner)) {
            journal.onFailure(() -> writeInverse(previous, back));
            writeInverse(previous, null);
        }
        journal.onFailure(() -> write(owner, previous));
        write(owner, null);
    }
}
