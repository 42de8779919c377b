package dev.relate.runtime;

/**
 * The scalar end of a one-way relationship that its class validates or listens to
 * ({@code @Validates}, {@code @OnChange}): {@code order.coupon}, with nothing on the other side
 * pointing back, so only the owner is called. A one-way scalar that no class observes has no end
 * object: its generated {@code setX} writes the field and calls nothing.
 *
 * <p>Setting a new value is the unlink of the old one and the link of the new one: both are
 * validated before the field is written (a refusal changes nothing), and the listener hears them
 * after, in that order. Setting the value the field holds already calls nothing.
 *
 * @param <O> the class that owns this end
 * @param <T> the class on the other side
 */
public abstract class OneWayScalarEnd<O, T> {
    /** What a generated end passes to its constructor when the owner's class declares a validator of the end. */
    protected static final int VALIDATES = 1;
    /** What a generated end passes to its constructor when the owner's class declares a listener of the end. */
    protected static final int LISTENS = 2;

    private final String name;
    private final boolean validates;
    private final boolean listens;

    /**
     * @param name the end as users write it, {@code "Order.coupon"}, for messages
     * @param events {@link #VALIDATES}, {@link #LISTENS} or both: what the owner's class declares
     */
    protected OneWayScalarEnd(String name, int events) {
        this.name = name;
        this.validates = (events & VALIDATES) != 0;
        this.listens = (events & LISTENS) != 0;
    }

    /**
     * Calls the validator the owner's class declares for this end ({@code @Validates}): generated
     * code overrides it where it does. It runs before the field is written, and may refuse by
     * throwing: the operation then changes nothing.
     *
     * @param linking {@code true} before {@code value} is linked, {@code false} before it is unlinked
     */
    protected void validate(O owner, T value, boolean linking) {
    }

    /**
     * Calls the listener the owner's class declares for this end ({@code @OnChange}): generated code
     * overrides it where it does. It runs after the field is written.
     *
     * @param linked {@code true} after {@code value} was linked, {@code false} after it was unlinked
     */
    protected void changed(O owner, T value, boolean linked) {
    }

    /** Reads the field. */
    protected abstract T get(O owner);

    /** Writes the field, and nothing else. */
    protected abstract void write(O owner, T value);

    /** The end as users write it, {@code "Order.coupon"}. */
    public final String name() {
        return name;
    }

    /**
     * Sets the end to {@code value}: the old value, if any, is unlinked and {@code value}, if not
     * {@code null}, linked. Both are validated before the field is written, and the listener hears
     * them after, the unlink first; a listener that throws leaves the field written, the other
     * listener call still runs, and the first exception reaches the caller. Setting the value the
     * end holds calls nothing.
     */
    public final void set(O owner, T value) {
        if (owner == null) {
            throw Problems.nullOwner(name);
        }
        T previous = get(owner);
        if (Proxies.same(previous, value)) {
            return;
        }
        if (validates) {
            if (previous != null) {
                validate(owner, previous, false);
            }
            if (value != null) {
                validate(owner, value, true);
            }
        }
        write(owner, value);
        if (!listens) {
            return;
        }
        if (previous == null || value == null) {
            changed(owner, previous == null ? value : previous, previous == null);
            return;
        }
        Journal journal = new Journal();
        journal.afterSuccess(() -> changed(owner, previous, false));
        journal.afterSuccess(() -> changed(owner, value, true));
        journal.commit();
    }

    /**
     * {@code set(owner, null)} as one step of a larger operation (detaching the owner): validates
     * the unlink, clears the field and records in {@code journal} what writes it back, and the
     * listener call, which runs when the journal commits.
     */
    final void clear(O owner, Journal journal) {
        T previous = get(owner);
        if (previous == null) {
            return;
        }
        if (validates) {
            validate(owner, previous, false);
        }
        journal.onFailure(() -> write(owner, previous));
        write(owner, null);
        if (listens) {
            journal.afterSuccess(() -> changed(owner, previous, false));
        }
    }
}
