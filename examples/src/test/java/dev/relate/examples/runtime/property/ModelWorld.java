package dev.relate.examples.runtime.property;

import java.util.ArrayList;
import java.util.List;

/**
 * Objects related in several ways at once, the ends under test on them, and the invariants of SPEC's
 * "What the generated code guarantees" to check on them. A step picks an end and a kind of step from
 * {@code op.kind()}; after it, every end of every relationship of the world is compared with the model
 * (so a step is also checked to touch nothing else), and every invariant is checked on every object.
 */
abstract class ModelWorld {
    final List<EndUnderTest> ends = new ArrayList<>();
    private final List<Runnable> invariants = new ArrayList<>();

    void end(EndUnderTest end) {
        ends.add(end);
    }

    /** An invariant to check after every step, reading the fields only. */
    void invariant(Runnable check) {
        invariants.add(check);
    }

    void apply(Op op) {
        EndUnderTest end = ends.get(op.kind() % ends.size());
        int kind = (op.kind() / ends.size()) % end.kinds();
        try {
            end.step(kind, op);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("step " + kind + " of " + end.name() + " with " + op + " failed: " + e, e);
        }
    }

    void checkAll(Op op) {
        String after = "after " + op + " (" + describe(op) + ")";
        for (EndUnderTest end : ends) {
            end.check(after);
        }
        try {
            for (Runnable check : invariants) {
                check.run();
            }
        } catch (AssertionError e) {
            throw new AssertionError(after + ": " + e.getMessage(), e);
        }
    }

    /** Which step {@code op} is, for messages. */
    String describe(Op op) {
        EndUnderTest end = ends.get(op.kind() % ends.size());
        return "step " + (op.kind() / ends.size()) % end.kinds() + " of " + end.name();
    }
}
