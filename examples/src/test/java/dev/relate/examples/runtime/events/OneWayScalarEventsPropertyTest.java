package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random sequences of operations on one-way ends of two desks: the scalars {@code Desk.pinned}
 * (validated and listened to) and {@code Desk.draft} (listened to), and the list {@code Desk.inbox}
 * (both), through their helpers, the list's view and {@code detach}. After each operation that
 * succeeded, the listeners' log is exactly the difference between the links before and after, every
 * change of a validated end was validated once, and no listener ran while its field said otherwise.
 * When a validator refuses (at random, the k-th change of an operation), every field is as before and
 * no listener ran. When a listener throws (at random, the k-th call), the operation is complete all
 * the same, and every other listener of it ran.
 */
class OneWayScalarEventsPropertyTest {
    private static final int STEPS = 40;

    @Property(tries = 300, seed = "6122026163500021")
    void listenersSeeExactlyTheChangesAndRefusalsChangeNothing(@ForAll long seed) {
        new World(new Random(seed)).run();
    }

    private static final class World {
        final Random random;
        final Recorder recorder = new Recorder();
        final List<Desk> desks = new ArrayList<>();
        final List<Job> jobs = new ArrayList<>();

        World(Random random) {
            this.random = random;
            desks.add(new Desk("D1", recorder));
            desks.add(new Desk("D2", recorder));
            for (int i = 0; i < 5; i++) {
                jobs.add(new Job("j" + i));
            }
        }

        void run() {
            for (int step = 0; step < STEPS; step++) {
                int kind = random.nextInt(9);
                boolean refusing = random.nextInt(4) == 0;
                boolean failing = !refusing && random.nextInt(6) == 0;
                int at = random.nextInt(4);
                int[] validations = {0};
                int[] calls = {0};
                recorder.refuse = change -> refusing && validations[0]++ == at;
                recorder.failListener = change -> failing && calls[0]++ == at;
                recorder.clear();
                String before = state();
                Set<String> pairsBefore = pairs();
                String done = "operation " + kind;
                try {
                    done = step(kind);
                } catch (IllegalStateException e) {
                    if (e.getMessage().startsWith("refused ")) {
                        assertWithMessage("fields after a refused %s", kind).that(state()).isEqualTo(before);
                        assertWithMessage("listeners after a refused %s", kind).that(recorder.changed).isEmpty();
                        continue;
                    }
                    assertWithMessage("what threw in %s", kind).that(e.getMessage()).startsWith("listener failed on ");
                    assertWithMessage("a listener failed in %s", kind).that(failing).isTrue();
                }
                List<String> expected = new ArrayList<>();
                Set<String> pairsAfter = pairs();
                for (String pair : pairsBefore) {
                    if (!pairsAfter.contains(pair)) {
                        expected.add(pair.replace("|", " -"));
                    }
                }
                for (String pair : pairsAfter) {
                    if (!pairsBefore.contains(pair)) {
                        expected.add(pair.replace("|", " +"));
                    }
                }
                assertWithMessage("listeners of %s", done).that(sorted(recorder.changed)).isEqualTo(sorted(expected));
                List<String> validatedExpected = new ArrayList<>(expected);
                validatedExpected.removeIf(change -> change.contains(".draft ")); // a listener and no validator
                assertWithMessage("validators of %s", done).that(sorted(recorder.validated))
                        .isEqualTo(sorted(validatedExpected));
                assertWithMessage("listeners that saw the field disagree, %s", done).that(recorder.disagreements)
                        .isEmpty();
            }
        }

        private static List<String> sorted(List<String> changes) {
            List<String> copy = new ArrayList<>(changes);
            Collections.sort(copy);
            return copy;
        }

        /** Every link, as {@code "D1.pinned|j1"}, {@code "D1.draft|j1"} and {@code "D1.inbox|j1"}. */
        Set<String> pairs() {
            Set<String> pairs = new TreeSet<>();
            for (Desk desk : desks) {
                if (desk.pinned != null) {
                    pairs.add(desk + ".pinned|" + desk.pinned);
                }
                if (desk.draft != null) {
                    pairs.add(desk + ".draft|" + desk.draft);
                }
                for (Job job : desk.inbox) {
                    pairs.add(desk + ".inbox|" + job);
                }
            }
            return pairs;
        }

        /** Every field of every desk, in order. */
        String state() {
            StringBuilder state = new StringBuilder();
            for (Desk desk : desks) {
                state.append(desk).append(desk.inbox).append('>').append(desk.pinned).append('>')
                        .append(desk.draft).append(';');
            }
            return state.toString();
        }

        private Job jobOrNull() {
            return random.nextInt(4) == 0 ? null : Choices.pick(random, jobs);
        }

        String step(int kind) {
            Desk desk = Choices.pick(random, desks);
            Job job = Choices.pick(random, jobs);
            List<Job> inbox = DeskRelations.inbox(desk);
            switch (kind) {
                case 0, 1 -> {
                    Job value = random.nextInt(3) == 0 ? desk.pinned : jobOrNull(); // the same value, at times
                    DeskRelations.setPinned(desk, value);
                    return "setPinned(" + desk + ", " + value + ")";
                }
                case 2 -> {
                    Job value = jobOrNull();
                    DeskRelations.setDraft(desk, value);
                    return "setDraft(" + desk + ", " + value + ")";
                }
                case 3 -> inbox.add(job);
                case 4 -> inbox.remove(job);
                case 5 -> DeskRelations.setInbox(desk, Choices.subset(random, jobs));
                case 6 -> inbox.removeIf(each -> random.nextBoolean());
                case 7, 8 -> {
                    DeskRelations.detach(desk);
                    return "detach(" + desk + ")";
                }
                default -> throw new AssertionError(kind);
            }
            return "operation " + kind + " on " + desk + ", " + job;
        }
    }
}
