package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.function.Supplier;

/**
 * One step of a property test against a model, taken with a fault of {@link Faults} armed or not,
 * and the checks every such step makes: a step a fault broke changed nothing; a step the model
 * refuses threw the exception the model names and changed nothing; any other step threw nothing (what
 * it did, the test compares with its model).
 */
final class FaultedStep {
    /** What became of a step. */
    enum Outcome {
        /** A fault broke it. */
        BROKEN,
        /** It was refused, as the model said. */
        REFUSED,
        /** It was taken. */
        TAKEN
    }

    private FaultedStep() {
    }

    /**
     * Takes {@code step}, with fault {@code fault} armed unless it is 0, and checks it against
     * {@code expected}, what the model says it throws (null: nothing), and {@code snapshot}, every
     * field the step could change.
     */
    static Outcome take(Object op, int fault, Class<? extends RuntimeException> expected, Runnable step,
            Supplier<List<Object>> snapshot) {
        List<Object> before = snapshot.get();
        RuntimeException thrown = null;
        if (fault > 0) {
            Faults.arm(fault);
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            thrown = e;
        } finally {
            Faults.disarm();
        }
        if (thrown instanceof Faults.InjectedFault) {
            assertWithMessage("a step %s broken by a fault changed nothing", op).that(snapshot.get())
                    .isEqualTo(before);
            return Outcome.BROKEN;
        }
        if (expected != null) {
            assertWithMessage("step %s refused with", op).that(thrown).isInstanceOf(expected);
            assertWithMessage("a refused step %s changed nothing", op).that(snapshot.get()).isEqualTo(before);
            return Outcome.REFUSED;
        }
        if (thrown != null) {
            throw new AssertionError("step " + op + " threw", thrown);
        }
        return Outcome.TAKEN;
    }
}
