package dev.relate.examples.runtime.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the validators and listeners of one test saw, in order: {@code "S +r"} is the validator or
 * listener of {@code S}'s end seeing {@code r} linked, {@code "r -S"} that of {@code r}'s end seeing
 * {@code S} unlinked. A validator refuses what {@link #refuse} matches; a listener checks that the
 * two ends agree when it runs, and records a disagreement in {@link #disagreements}.
 */
final class Recorder {
    final List<String> validated = new ArrayList<>();
    final List<String> changed = new ArrayList<>();
    final List<String> disagreements = new ArrayList<>();
    Predicate<String> refuse = change -> false;
    /** A listener call that throws, when it matches. */
    Predicate<String> failListener = change -> false;

    void validate(Object owner, Object other, boolean linking) {
        String change = owner + (linking ? " +" : " -") + other;
        validated.add(change);
        if (refuse.test(change)) {
            throw new IllegalStateException("refused " + change);
        }
    }

    void changed(Object owner, Object other, boolean linked, boolean agree) {
        String change = owner + (linked ? " +" : " -") + other;
        changed.add(change);
        if (!agree) {
            disagreements.add(change);
        }
        if (failListener.test(change)) {
            throw new IllegalStateException("listener failed on " + change);
        }
    }

    void clear() {
        validated.clear();
        changed.clear();
    }
}
