package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How many steps a property test of {@link FaultyWorld}s took and how many of them an injected fault
 * broke, and the check, once all its tries ran, that they were enough.
 */
final class FaultCounts {
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong failedSteps = new AtomicLong();

    void stepTaken() {
        steps.incrementAndGet();
    }

    void stepFailed() {
        failedSteps.incrementAndGet();
    }

    /** At least 10,000 steps ran, at least 2,500 of them failed by a fault, and a fault fired for each. */
    void assertEnough() {
        assertWithMessage("steps run").that(steps.get()).isAtLeast(10_000L);
        assertWithMessage("steps failed by an injected fault").that(failedSteps.get()).isAtLeast(2_500L);
        assertWithMessage("faults injected").that((long) Faults.fired()).isAtLeast(failedSteps.get());
    }
}
