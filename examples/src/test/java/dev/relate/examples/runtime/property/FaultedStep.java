package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import java.util.function.Supplier;

/**
 * One step of a property test against a model, taken with a fault of {@link Faults} armed or not,
 * and the checks every such step makes: a step a fault broke changed nothing; a step the model
 * refuses threw the exception the model names and changed nothing; any other step threw nothing (what
 * it did, the test compares with its model). Where no model says what a step throws
 * ({@link #takeUnmodelled}), whatever it threw changed nothing.
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
        RuntimeException thrown = run(fault, step);
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

    /**
     * Takes {@code step} as {@link #take} does where no model says what a step throws: whatever it
     * threw, a fault ({@link Outcome#BROKEN}) or a refusal ({@link Outcome#REFUSED}), it changed
     * nothing of {@code snapshot}.
     */
    static Outcome takeUnmodelled(Object op, int fault, Runnable step, Supplier<List<Object>> snapshot) {
        List<Object> before = snapshot.get();
        RuntimeException thrown = run(fault, step);
        if (thrown == null) {
            return Outcome.TAKEN;
        }
        List<Object> after = snapshot.get();
        if (!after.equals(before)) {
            AssertionError failure = new AssertionError("step " + op + " threw " + thrown
                    + " and changed the fields:\n before " + before + "\n after  " + after);
            failure.addSuppressed(thrown);
            throw failure;
        }
        return thrown instanceof Faults.InjectedFault ? Outcome.BROKEN : Outcome.REFUSED;
    }

    /** Runs {@code step} with fault {@code fault} armed unless it is 0, and returns what it threw, or null. */
    private static RuntimeException run(int fault, Runnable step) {
        if (fault > 0) {
            Faults.arm(fault);
        }
        try {
            step.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        } finally {
            Faults.disarm();
        }
    }
}
