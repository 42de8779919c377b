package dev.relate.examples.runtime.property;


/**
 * One end of a relationship, or one group of helpers, that a {@link ModelWorld} takes random steps
 * on. Each step changes the objects through relate and the {@link LinkModel} by plain code, and
 * checks what the step itself returns or throws; {@link #check} then compares the fields with the
 * model.
 */
interface EndUnderTest {
    /** The end as a user writes it, {@code "Shelf.items"}. */
    String name();

    /** How many kinds of step this end has. */
    int kinds();

    /** Takes the step of that kind, {@code 0 <= kind < kinds()}, with the numbers of {@code op}. */
    void step(int kind, Op op);

    /** Fails unless every object's field holds what the model says. */
    void check(String after);
}
