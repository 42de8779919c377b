package dev.relate.examples.runtime.positions;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code position = "place"}: every path that changes a list keeps each task's place equal to its
 * index, writes the places of the tasks that moved and only those, gives a task that leaves for no
 * queue -1, and when a write throws, changes nothing.
 */
class KeptPositionsTest {
    private final Queue first = new Queue();
    private final Queue second = new Queue();
    private final List<Task> tasks = new ArrayList<>();
    private Task a;
    private Task b;
    private Task c;
    private Task d;

    private Task task(String name) {
        Task task = new Task(name);
        tasks.add(task);
        return task;
    }

    @BeforeEach
    void fourTasksInTheFirstQueue() {
        a = task("a");
        b = task("b");
        c = task("c");
        d = task("d");
        QueueRelations.setTasks(first, List.of(a, b, c, d));
        Task.writes = 0;
    }

    @AfterEach
    void placesAreIndexes() {
        Invariants.assertOneToMany("Queue.tasks", List.of(first, second), tasks, q -> q.tasks, t -> t.queue);
        Invariants.assertPositions("Task.place", List.of(first, second), tasks, q -> q.tasks, t -> t.queue,
                Task::getPlace);
    }

    private static List<Integer> places(List<Task> list) {
        List<Integer> places = new ArrayList<>();
        for (Task task : list) {
            places.add(task.getPlace());
        }
        return places;
    }

    @Test
    void replacingTheWholeListNumbersEveryTask() {
        assertThat(places(first.tasks)).containsExactly(0, 1, 2, 3).inOrder();
    }

    @Test
    void detachingATaskRenumbersWhatFollowedIt() {
        TaskRelations.detach(b);
        assertThat(first.tasks).containsExactly(a, c, d).inOrder();
        assertThat(places(first.tasks)).containsExactly(0, 1, 2).inOrder();
        assertThat(b.getPlace()).isEqualTo(-1);
        assertThat(b.queue).isNull();
    }

    @Test
    void detachingAQueueLeavesEveryTaskInNoList() {
        QueueRelations.detach(first);
        assertThat(first.tasks).isEmpty();
        for (Task task : List.of(a, b, c, d)) {
            assertThat(task.queue).isNull();
            assertThat(task.getPlace()).isEqualTo(-1);
        }
    }

    @Test
    void aDetachThatFailsLeavesEveryPlaceAsItWas() {
        d.refuse = true;
        try {
            QueueRelations.detach(first);
            throw new AssertionError("the refused place should have stopped the detach");
        } catch (IllegalStateException expected) {
            // nothing changed
        } finally {
            d.refuse = false;
        }
        assertThat(first.tasks).containsExactly(a, b, c, d).inOrder();
        assertThat(places(first.tasks)).containsExactly(0, 1, 2, 3).inOrder();
    }

    @Test
    void appendingWritesTheNewTasksPlaceOnly() {
        Task e = task("e");
        QueueRelations.addToTasks(first, e);
        assertThat(e.getPlace()).isEqualTo(4);
        assertThat(Task.writes).isEqualTo(1);
        QueueRelations.tasks(first).add(task("f"));
        assertThat(Task.writes).isEqualTo(2);
        TaskRelations.setQueue(task("g"), first);
        assertThat(Task.writes).isEqualTo(3);
        assertThat(first.tasks.get(6).getPlace()).isEqualTo(6);
    }

    @Test
    void insertingAtAnIndexRenumbersWhatFollows() {
        Task e = task("e");
        QueueRelations.tasks(first).add(1, e);
        assertThat(first.tasks).containsExactly(a, e, b, c, d).inOrder();
        assertThat(Task.writes).isEqualTo(4); // e, b, c and d; a did not move
        QueueRelations.tasks(first).addAll(0, List.of(task("f"), task("g")));
        assertThat(Task.writes).isEqualTo(4 + 7);
    }

    @Test
    void removingRenumbersWhatFollowedAndGivesTheRemovedTaskMinusOne() {
        QueueRelations.tasks(first).remove(1);
        assertThat(b.getPlace()).isEqualTo(-1);
        assertThat(places(first.tasks)).containsExactly(0, 1, 2).inOrder();
        assertThat(Task.writes).isEqualTo(3); // b, c and d
        QueueRelations.removeFromTasks(first, d);
        assertThat(d.getPlace()).isEqualTo(-1);
        assertThat(Task.writes).isEqualTo(4); // d alone: it was last
        QueueRelations.tasks(first).remove(a);
        assertThat(c.getPlace()).isEqualTo(0);
    }

    @Test
    void movingATaskToAnotherQueueRenumbersBothQueues() {
        QueueRelations.addToTasks(second, task("x"));
        Task.writes = 0;
        TaskRelations.setQueue(a, second);
        assertThat(first.tasks).containsExactly(b, c, d).inOrder();
        assertThat(second.tasks.get(1)).isSameInstanceAs(a);
        assertThat(a.getPlace()).isEqualTo(1);
        assertThat(Task.writes).isEqualTo(4); // b, c and d in the first queue, a in the second
        QueueRelations.tasks(second).add(0, c);
        assertThat(places(first.tasks)).containsExactly(0, 1).inOrder();
        assertThat(places(second.tasks)).containsExactly(0, 1, 2).inOrder();
        TaskRelations.setQueue(b, null);
        assertThat(b.getPlace()).isEqualTo(-1);
        assertThat(d.getPlace()).isEqualTo(0);
    }

    @Test
    void replacingWritesOnlyTheTasksThatMoved() {
        QueueRelations.setTasks(first, List.of(a, c, b, d));
        assertThat(Task.writes).isEqualTo(2);
        Task e = task("e");
        QueueRelations.setTasks(first, List.of(e, c, b));
        assertThat(places(first.tasks)).containsExactly(0, 1, 2).inOrder();
        assertThat(a.getPlace()).isEqualTo(-1);
        assertThat(d.getPlace()).isEqualTo(-1);
        assertThat(Task.writes).isEqualTo(2 + 3); // e in, a and d out; c and b stayed
    }

    @Test
    void sortingSwappingAndReversingWriteWhatMoved() {
        List<Task> view = QueueRelations.tasks(first);
        view.sort(Comparator.comparing((Task t) -> t.name).reversed());
        assertThat(first.tasks).containsExactly(d, c, b, a).inOrder();
        assertThat(Task.writes).isEqualTo(4);
        Collections.swap(view, 0, 3);
        assertThat(first.tasks).containsExactly(a, c, b, d).inOrder();
        assertThat(Task.writes).isEqualTo(6);
        Collections.reverse(view);
        assertThat(first.tasks).containsExactly(d, b, c, a).inOrder();
        Collections.shuffle(view, new Random(7));
        view.sort(Comparator.comparing((Task t) -> t.name));
        assertThat(first.tasks).containsExactly(a, b, c, d).inOrder();
        int before = Task.writes;
        view.sort(Comparator.comparing((Task t) -> t.name));
        assertThat(Task.writes).isEqualTo(before); // already in order: nothing moved
    }

    @Test
    void settingAnIndexUnnumbersTheTaskItReplaces() {
        Task e = task("e");
        QueueRelations.tasks(first).set(2, e);
        assertThat(c.getPlace()).isEqualTo(-1);
        assertThat(e.getPlace()).isEqualTo(2);
        assertThat(Task.writes).isEqualTo(2);
        QueueRelations.tasks(first).replaceAll(t -> t == a ? c : t);
        assertThat(first.tasks).containsExactly(c, b, e, d).inOrder();
    }

    @Test
    void bulkRemovalsRenumberWhatIsLeft() {
        QueueRelations.tasks(first).removeIf(t -> t == a || t == c);
        assertThat(first.tasks).containsExactly(b, d).inOrder();
        assertThat(a.getPlace()).isEqualTo(-1);
        QueueRelations.tasks(first).addAll(List.of(a, c));
        QueueRelations.tasks(first).retainAll(List.of(d, c));
        assertThat(first.tasks).containsExactly(d, c).inOrder();
        QueueRelations.tasks(first).clear();
        assertThat(places(List.of(a, b, c, d))).containsExactly(-1, -1, -1, -1);
    }

    @Test
    void rangesAndIteratorsRenumber() {
        List<Task> view = QueueRelations.tasks(first);
        view.subList(1, 3).clear();
        assertThat(first.tasks).containsExactly(a, d).inOrder();
        view.subList(0, 1).add(b);
        assertThat(first.tasks).containsExactly(a, b, d).inOrder();
        view.subList(0, 3).sort(Comparator.comparing((Task t) -> t.name).reversed());
        assertThat(first.tasks).containsExactly(d, b, a).inOrder();
        ListIterator<Task> it = view.listIterator();
        it.next();
        it.add(c);
        assertThat(first.tasks).containsExactly(d, c, b, a).inOrder();
        it.next();
        it.remove();
        assertThat(first.tasks).containsExactly(d, c, a).inOrder();
        assertThat(b.getPlace()).isEqualTo(-1);
        it.next();
        it.set(b);
        assertThat(first.tasks).containsExactly(d, c, b).inOrder();
        assertThat(a.getPlace()).isEqualTo(-1);
        view.subList(1, 3).removeIf(t -> t == c);
        assertThat(first.tasks).containsExactly(d, b).inOrder();
    }

    @Test
    void aTaskThatComesInUnnumberedIsNumberedAndOneThatLeavesIsNot() {
        Task e = task("e");
        assertThat(e.getPlace()).isEqualTo(-1);
        QueueRelations.tasks(second).add(e);
        assertThat(e.getPlace()).isEqualTo(0);
    }

    /** Every task's queue and place, and both lists. */
    private List<Object> snapshot() {
        List<Object> state = new ArrayList<>();
        state.add(new ArrayList<>(first.tasks));
        state.add(new ArrayList<>(second.tasks));
        for (Task task : tasks) {
            state.add(Arrays.asList(task, task.queue, task.getPlace()));
        }
        return state;
    }

    private void refusedWithoutChange(Task refusing, Runnable operation) {
        List<Object> before = snapshot();
        refusing.refuse = true;
        try {
            IllegalStateException thrown = assertThrows(IllegalStateException.class, operation::run);
            assertThat(thrown).hasMessageThat().startsWith("refused " + refusing.name);
        } finally {
            refusing.refuse = false;
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aPositionWriteThatThrowsChangesNothing() {
        QueueRelations.setTasks(second, List.of(task("x"), task("y")));
        Task e = task("e");
        refusedWithoutChange(d, () -> QueueRelations.tasks(first).add(0, e));
        refusedWithoutChange(e, () -> QueueRelations.addToTasks(first, e));
        refusedWithoutChange(d, () -> TaskRelations.setQueue(b, second)); // d follows b in the old queue
        refusedWithoutChange(b, () -> TaskRelations.setQueue(b, second));
        refusedWithoutChange(c, () -> QueueRelations.tasks(first).remove(a));
        refusedWithoutChange(a, () -> QueueRelations.tasks(first).remove(0));
        refusedWithoutChange(a, () -> QueueRelations.tasks(first).sort(Comparator.comparing((Task t) -> t.name)
                .reversed()));
        refusedWithoutChange(d, () -> Collections.swap(QueueRelations.tasks(first), 0, 3));
        refusedWithoutChange(b, () -> QueueRelations.setTasks(first, List.of(d, c, b, a)));
        refusedWithoutChange(c, () -> QueueRelations.tasks(first).clear());
        refusedWithoutChange(c, () -> QueueRelations.tasks(first).removeIf(t -> t == a));
        refusedWithoutChange(c, () -> QueueRelations.tasks(first).subList(0, 2).clear());
        refusedWithoutChange(c, () -> QueueRelations.tasks(first).set(2, e));
        refusedWithoutChange(d, () -> {
            ListIterator<Task> it = QueueRelations.tasks(first).listIterator();
            it.next();
            it.remove();
        });
        refusedWithoutChange(d, () -> {
            ListIterator<Task> it = QueueRelations.tasks(first).listIterator();
            it.next();
            it.add(e);
        });
        assertThat(first.tasks).containsExactly(a, b, c, d).inOrder();
    }
}
