package dev.relate.runtime;

import java.util.function.Consumer;

/**
 * Unlinks one object from every relationship its class takes part in, all or nothing: what a
 * generated {@code XRelations.detach(x)} runs before a user deletes {@code x} ({@code em.remove(x)}),
 * as EMF's {@code EcoreUtil.delete} and fulib's {@code removeYou()} do. Each step clears one end of
 * the object, and the other ends that point back at it; each records in one {@link Journal} what
 * undoes it. When a step throws (a user's collection, accessor, {@code equals} or {@code hashCode}),
 * every step taken so far is undone, last first, and the exception reaches the caller: every field of
 * every object is as before.
 *
 * <p>Generated code chains the steps: {@code Detachment.of(order, "Order").clear(LINES, order)
 * .leave(CustomerRelations.ORDERS, order)}. Ends of other classes that point at the object through a
 * one-way relationship are not found: nothing points back from the object to them.
 */
public final class Detachment {
    private final Journal journal = new Journal();

    private Detachment() {
    }

    /**
     * Starts detaching {@code object}.
     *
     * @param name the object's class as users write it, for the message when it is {@code null}
     * @throws NullPointerException ({@code [RelateNullArgument]}) if {@code object} is {@code null}
     */
    public static Detachment of(Object object, String name) {
        if (object == null) {
            throw Problems.nullArgument(Problems.Part.OBJECT_TO_DETACH, name);
        }
        return new Detachment();
    }

    /**
     * Empties {@code owner}'s collection end and unlinks each element: a one-to-many's elements have
     * their scalar end cleared, a many-to-many's lose {@code owner} from their collection.
     */
    public <O> Detachment clear(CollectionEnd<O, ?, ?> end, O owner) {
        return step(() -> end.clear(owner, journal));
    }

    /** Takes {@code element} out of the collection its scalar end points at, and clears that end. */
    public <O, E> Detachment leave(OneToManyEnd<O, E, ?> end, E element) {
        return step(() -> end.assign(element, null, journal));
    }

    /**
     * Empties {@code owner}'s map end and unlinks each element: a one-to-many's elements have their
     * scalar end cleared, a many-to-many's lose {@code owner} from their collection. A later step that
     * fails puts every element back under the key it was under.
     */
    public <O> Detachment clearMap(MapEnd<O, ?, ?, ?> end, O owner) {
        return step(() -> end.clear(owner, journal));
    }

    /**
     * Runs one step; if it throws, every step taken so far is undone (the step itself changed
     * everything or nothing) and the exception reaches the caller as it is.
     */
    private Detachment step(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | Error e) {
            journal.rollBack(e);
            throw e;
        }
        return this;
    }

    /** Takes {@code element} out of the map its scalar end points at, and clears that end. */
    public <O, E> Detachment leaveMap(OneToManyMapEnd<O, ?, E, ?> end, E element) {
        return step(() -> end.leave(element, journal));
    }

    /**
     * Ends detaching, after the last step: runs the listeners ({@code @OnChange}) of the ends the
     * steps changed, once every step has succeeded. Generated code calls it where a class listens to
     * one of the ends; a listener that throws leaves the object detached.
     */
    public void done() {
        journal.commit();
    }

    /** Clears {@code owner}'s one-to-one end and its partner's end pointing back. */
    public <A> Detachment unpair(OneToOneEnd<A, ?> end, A owner) {
        return step(() -> end.clear(owner, journal));
    }

    /**
     * Clears a one-way scalar end, which holds {@code value}: {@code write} writes the field, with
     * {@code null} now and with {@code value} again if a later step fails.
     */
    public <T> Detachment clearScalar(T value, Consumer<? super T> write) {
        if (value == null) {
            return this;
        }
        return step(() -> {
            journal.onFailure(() -> write.accept(value));
            write.accept(null);
        });
    }

    /**
     * Clears {@code owner}'s one-way scalar end that its class validates or listens to: the unlink is
     * validated first (a refusal undoes every step taken so far), and heard when {@link #done} runs.
     */
    public <O> Detachment clearOneWay(OneWayScalarEnd<O, ?> end, O owner) {
        return step(() -> end.clear(owner, journal));
    }

    /** Unlinks every association object of {@code left}, from both its sides. */
    public <L> Detachment unlinkLeft(Associations<L, ?, ?> associations, L left) {
        return step(() -> associations.unlinkAllOfLeft(left, journal));
    }

    /** Unlinks every association object of {@code right}, from both its sides. */
    public <R> Detachment unlinkRight(Associations<?, ?, R> associations, R right) {
        return step(() -> associations.unlinkAllOfRight(right, journal));
    }
}
