package dev.relate.examples.runtime.events;

import java.util.ArrayList;
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
    @Property(tries = 300, seed = "6122026163500021")
    void listenersSeeExactlyTheChangesAndRefusalsChangeNothing(@ForAll long seed) {
        new World(new Random(seed)).run();
    }

    private static final class World extends EventsWorld {
        final List<Desk> desks = new ArrayList<>();
        final List<Job> jobs = new ArrayList<>();

        World(Random random) {
            super(random, 9, true);
            desks.add(new Desk("D1", recorder));
            desks.add(new Desk("D2", recorder));
            for (int i = 0; i < 5; i++) {
                jobs.add(new Job("j" + i));
            }
        }

        /** A validator refuses the k-th change, or (one time in six of the others) a listener the k-th call. */
        @Override
        void arm() {
            boolean refusing = random.nextInt(4) == 0;
            boolean failing = !refusing && random.nextInt(6) == 0;
            int at = random.nextInt(4);
            int[] validations = {0};
            int[] calls = {0};
            recorder.refuse = change -> refusing && validations[0]++ == at;
            recorder.failListener = change -> failing && calls[0]++ == at;
        }

        /** The one change linking or unlinking a pair {@code "D1.pinned|j1"} makes: the desk's end's. */
        @Override
        List<String> events(String pair, boolean linked) {
            return List.of(pair.replace("|", linked ? " +" : " -"));
        }

        @Override
        List<String> validatedOf(List<String> changes) {
            List<String> validated = new ArrayList<>(changes);
            validated.removeIf(change -> change.contains(".draft ")); // a listener and no validator
            return validated;
        }

        /** A refusal; any other failure than a listener's fails the test. */
        @Override
        boolean refusedBeforeAnyChange(RuntimeException e) {
            return e instanceof IllegalStateException && e.getMessage().startsWith("refused ");
        }

        /** Every link, as {@code "D1.pinned|j1"}, {@code "D1.draft|j1"} and {@code "D1.inbox|j1"}. */
        @Override
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
        @Override
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

        @Override
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
