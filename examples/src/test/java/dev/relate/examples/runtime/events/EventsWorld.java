package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Objects whose ends are validated and listened to through a {@link Recorder}, and the driver that
 * runs {@link #STEPS} random operations on them: before each, a validator is set to refuse and,
 * where the world asks for it, a listener to throw ({@link #arm}). After an operation that succeeded, or whose
 * listener threw (the change stands, every listener runs), the listeners' log is exactly the
 * difference between the links before and after ({@link #events} of each pair linked or unlinked),
 * every change was validated once ({@link #validatedOf}), and no listener ran while two ends
 * disagreed; when a validator refuses, or the operation throws for another reason
 * ({@link #refusedBeforeAnyChange}), every field is as before and no listener ran.
 */
abstract class EventsWorld {
    static final int STEPS = 40;

    final Random random;
    final Recorder recorder = new Recorder();
    private final int kinds;
    private final boolean failingListeners;

    EventsWorld(Random random, int kinds, boolean failingListeners) {
        this.random = random;
        this.kinds = kinds;
        this.failingListeners = failingListeners;
    }

    /** Takes operation {@code kind} on objects it picks, and says what it did; null to leave it out. */
    abstract String step(int kind);

    /** Every link, as {@code "A|r1"}, read from the ends. */
    abstract Set<String> pairs();

    /** Every field of every object, in order. */
    abstract String state();

    /** What happens between two operations, before the next is picked: nothing, unless overridden. */
    void betweenSteps() {
    }

    /**
     * The changes, one per declared end, that linking or unlinking a pair {@code "A|r1"} makes: the
     * first object's listener's, then the second's.
     */
    List<String> events(String pair, boolean linked) {
        String[] parts = pair.split("\\|");
        String sign = linked ? " +" : " -";
        return List.of(parts[0] + sign + parts[1], parts[1] + sign + parts[0]);
    }

    /** Which of an operation's changes are validated: all, unless an end listens and validates not. */
    List<String> validatedOf(List<String> changes) {
        return changes;
    }

    /**
     * Before an operation: sets a validator to refuse (one time in four, the k-th change) and, where
     * the world asks for it, a listener to throw (one time in four of those that refuse nothing, the
     * k-th call).
     */
    void arm() {
        boolean refusing = random.nextInt(4) == 0;
        int refuseAt = random.nextInt(4);
        int[] seen = {0};
        recorder.refuse = change -> refusing && seen[0]++ == refuseAt;
        if (failingListeners) {
            boolean failing = !refusing && random.nextInt(4) == 0;
            int failAt = random.nextInt(4);
            int[] heard = {0};
            recorder.failListener = change -> failing && heard[0]++ == failAt;
        }
    }

    /** Whether {@code e} is a failure that must leave everything as it was. */
    boolean refusedBeforeAnyChange(RuntimeException e) {
        return e instanceof IllegalStateException || e instanceof IllegalArgumentException;
    }

    /** What the world checks after an operation that succeeded, beyond the listeners: nothing, unless overridden. */
    void checkAfter(String done) {
    }

    void run() {
        for (int step = 0; step < STEPS; step++) {
            betweenSteps();
            int kind = random.nextInt(kinds);
            arm();
            recorder.clear();
            String before = state();
            Set<String> pairsBefore = pairs();
            String done;
            try {
                done = step(kind);
            } catch (RuntimeException e) {
                boolean listenerFailed = failingListeners && e instanceof IllegalStateException
                        && e.getMessage() != null && e.getMessage().startsWith("listener failed on ");
                if (!listenerFailed) {
                    if (!refusedBeforeAnyChange(e)) {
                        throw e;
                    }
                    assertWithMessage("fields after a failed %s (%s)", kind, e).that(state()).isEqualTo(before);
                    assertWithMessage("listeners after a failed %s", kind).that(recorder.changed).isEmpty();
                    continue;
                }
                done = "operation " + kind + ", whose listener threw " + e.getMessage();
            }
            if (done == null) {
                continue;
            }
            List<String> expected = new ArrayList<>();
            Set<String> pairsAfter = pairs();
            for (String pair : pairsBefore) {
                if (!pairsAfter.contains(pair)) {
                    expected.addAll(events(pair, false));
                }
            }
            for (String pair : pairsAfter) {
                if (!pairsBefore.contains(pair)) {
                    expected.addAll(events(pair, true));
                }
            }
            assertWithMessage("listeners of %s, from %s", done, before).that(sorted(recorder.changed))
                    .isEqualTo(sorted(expected));
            assertWithMessage("validators of %s, from %s", done, before).that(sorted(recorder.validated))
                    .isEqualTo(sorted(validatedOf(expected)));
            assertWithMessage("listeners that saw the ends disagree, %s", done).that(recorder.disagreements)
                    .isEmpty();
            checkAfter(done);
        }
    }

    private static List<String> sorted(List<String> changes) {
        List<String> copy = new ArrayList<>(changes);
        Collections.sort(copy);
        return copy;
    }
}
