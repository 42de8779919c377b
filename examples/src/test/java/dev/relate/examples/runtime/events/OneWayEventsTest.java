package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on a one-way list end ({@code Queue.jobs}): only the
 * declaring side is called, since nothing points back; every path calls it once per change; a
 * refusal changes nothing; and random operations with refusals at random leave the listeners'
 * log exactly the net changes.
 */
class OneWayEventsTest {
    private final Recorder recorder = new Recorder();
    private final Queue q1 = new Queue("Q1", recorder);
    private final Queue q2 = new Queue("Q2", recorder);
    private final Job j1 = new Job("j1");
    private final Job j2 = new Job("j2");
    private final Job j3 = new Job("j3");

    @AfterEach
    void listenersSawTheListAsTheyWereTold() {
        assertThat(recorder.disagreements).isEmpty();
    }

    @Test
    void onlyTheOwnerIsCalledAndAnElementMayBeInTwoOwners() {
        QueueRelations.addToJobs(q1, j1);
        QueueRelations.jobs(q2).add(j1);
        assertThat(recorder.validated).containsExactly("Q1 +j1", "Q2 +j1").inOrder();
        assertThat(recorder.changed).containsExactly("Q1 +j1", "Q2 +j1").inOrder();
        assertThat(q1.jobs).containsExactly(j1);
        assertThat(q2.jobs).containsExactly(j1);
    }

    @Test
    void everyPathAndARefusalChangesNothing() {
        QueueRelations.setJobs(q1, Arrays.asList(j1, j2, j3));
        recorder.clear();
        recorder.refuse = "Q1 -j3"::equals;
        List<Job> view = QueueRelations.jobs(q1);
        assertThrows(IllegalStateException.class, view::clear);
        assertThrows(IllegalStateException.class, () -> view.removeIf(job -> true));
        assertThrows(IllegalStateException.class, () -> view.retainAll(Arrays.asList(j1)));
        assertThrows(IllegalStateException.class, () -> QueueRelations.setJobs(q1, Arrays.asList(j1)));
        assertThrows(IllegalStateException.class, () -> QueueRelations.detach(q1));
        assertThrows(IllegalStateException.class, () -> view.subList(1, 3).clear());
        assertThat(q1.jobs).containsExactly(j1, j2, j3).inOrder();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        Job j4 = new Job("j4");
        view.set(0, j4);
        assertThat(recorder.changed).containsExactly("Q1 -j1", "Q1 +j4").inOrder();
        recorder.clear();
        Iterator<Job> it = view.iterator();
        it.next();
        it.remove();
        assertThat(recorder.changed).containsExactly("Q1 -j4");
        recorder.clear();
        QueueRelations.removeFromJobs(q1, j2);
        assertThat(recorder.changed).containsExactly("Q1 -j2");
    }

    @Test
    void aRefusedAddAllLeavesANullFieldNull() {
        q1.jobs = null;
        recorder.refuse = "Q1 +j2"::equals;
        assertThrows(IllegalStateException.class, () -> QueueRelations.jobs(q1).addAll(Arrays.asList(j1, j2)));
        assertThat(q1.jobs).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void randomOperationsHearExactlyTheNetChanges() {
        Random random = new Random(6122026141200014L);
        List<Queue> queues = List.of(q1, q2);
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            jobs.add(new Job("j" + i));
        }
        for (int step = 0; step < 2000; step++) {
            Queue queue = queues.get(random.nextInt(2));
            Job job = jobs.get(random.nextInt(jobs.size()));
            boolean refusing = random.nextInt(4) == 0;
            int refuseAt = random.nextInt(3);
            int[] seen = {0};
            recorder.refuse = change -> refusing && seen[0]++ == refuseAt;
            recorder.clear();
            List<Job> before1 = new ArrayList<>(q1.jobs);
            List<Job> before2 = new ArrayList<>(q2.jobs);
            List<Job> view = QueueRelations.jobs(queue);
            int kind = random.nextInt(8);
            try {
                switch (kind) {
                    case 0 -> view.add(job);
                    case 1 -> view.remove(job);
                    case 2 -> view.addAll(subset(jobs, random));
                    case 3 -> view.removeIf(each -> random.nextBoolean());
                    case 4 -> QueueRelations.setJobs(queue, subset(jobs, random));
                    case 5 -> view.clear();
                    case 6 -> {
                        if (!view.isEmpty() && !view.contains(job)) {
                            view.set(random.nextInt(view.size()), job);
                        }
                    }
                    default -> QueueRelations.detach(queue);
                }
            } catch (IllegalStateException refused) {
                assertThat(q1.jobs).isEqualTo(before1);
                assertThat(q2.jobs).isEqualTo(before2);
                assertThat(recorder.changed).isEmpty();
                continue;
            }
            List<String> expected = new ArrayList<>();
            expected.addAll(difference(q1, before1));
            expected.addAll(difference(q2, before2));
            Collections.sort(expected);
            List<String> heard = new ArrayList<>(recorder.changed);
            Collections.sort(heard);
            assertWithMessage("listeners of %s on %s", kind, queue).that(heard).isEqualTo(expected);
            List<String> validated = new ArrayList<>(recorder.validated);
            Collections.sort(validated);
            assertWithMessage("validators of %s on %s", kind, queue).that(validated).isEqualTo(expected);
        }
    }

    private static List<Job> subset(List<Job> jobs, Random random) {
        List<Job> chosen = new ArrayList<>();
        for (Job job : jobs) {
            if (random.nextBoolean()) {
                chosen.add(job);
            }
        }
        Collections.shuffle(chosen, random);
        return chosen;
    }

    /** The changes between {@code before} and the queue's list now, one per job that came or left. */
    private static List<String> difference(Queue queue, List<Job> before) {
        List<String> changes = new ArrayList<>();
        for (Job job : before) {
            if (!queue.jobs.contains(job)) {
                changes.add(queue + " -" + job);
            }
        }
        for (Job job : queue.jobs) {
            if (!before.contains(job)) {
                changes.add(queue + " +" + job);
            }
        }
        return changes;
    }
}
