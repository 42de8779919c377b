package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Defects of validators and listeners on collection ends, each test written to fail before its fix: a
 * refusal in a bulk add to an owner whose field is {@code null} left an empty list behind (and, on a
 * many-to-many, an empty collection on each element whose field was {@code null}), and a
 * listener that threw after a view's change of one step left the view's count of changes behind, so
 * that an iterator or range opened before did not fail fast and an iterator could remove a second
 * element.
 */
class EventsDefectsTest {
    private final Recorder recorder = new Recorder();
    private final Squad alpha = new Squad("A", recorder);
    private final Recruit r1 = new Recruit("r1", recorder);
    private final Recruit r2 = new Recruit("r2", recorder);
    private final Recruit r3 = new Recruit("r3", recorder);

    @AfterEach
    void listenersSawBothEndsAgree() {
        assertThat(recorder.disagreements).isEmpty();
    }

    @Test
    void aRefusedAddAllLeavesANullFieldNull() {
        alpha.recruits = null;
        recorder.refuse = "A +r2"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).addAll(Arrays.asList(r1, r2)));
        assertThat(alpha.recruits).isNull();
        assertThrows(IllegalStateException.class,
                () -> SquadRelations.recruits(alpha).addAll(0, Arrays.asList(r1, r2)));
        assertThat(alpha.recruits).isNull();
        assertThrows(IllegalStateException.class, () -> SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2)));
        assertThat(alpha.recruits).isNull();
        assertThat(r1.squad).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRefusedAddAllOfAManyToManySetLeavesANullFieldNull() {
        Course course = new Course("c", recorder);
        Student s1 = new Student("s1", recorder);
        Student s2 = new Student("s2", recorder);
        recorder.refuse = "c +s2"::equals;
        course.students = null;
        assertThrows(IllegalStateException.class,
                () -> CourseRelations.students(course).addAll(Arrays.asList(s1, s2)));
        assertThat(course.students).isNull();
        assertThat(s1.courses).isEmpty();
    }

    @Test
    void aRefusedManyToManyLinkLeavesTheElementsNullCollectionNull() {
        Course course = new Course("c", recorder);
        Student s1 = new Student("s1", recorder);
        Student s2 = new Student("s2", recorder);
        s1.courses = null;
        recorder.refuse = "c +s2"::equals;
        assertThrows(IllegalStateException.class,
                () -> CourseRelations.students(course).addAll(Arrays.asList(s1, s2)));
        assertThat(s1.courses).isNull();
        assertThrows(IllegalStateException.class,
                () -> CourseRelations.students(course).addAll(0, Arrays.asList(s1, s2)));
        assertThat(s1.courses).isNull();
        assertThrows(IllegalStateException.class, () -> CourseRelations.setStudents(course, Arrays.asList(s1, s2)));
        assertThat(s1.courses).isNull();
        assertThat(course.students).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRefusedManyToManyLinkFromTheOtherSideLeavesTheOwnersNullListNull() {
        Student student = new Student("s", recorder);
        Course c1 = new Course("c1", recorder);
        Course c2 = new Course("c2", recorder);
        c1.students = null;
        recorder.refuse = "c2 +s"::equals;
        assertThrows(IllegalStateException.class, () -> StudentRelations.setCourses(student, Arrays.asList(c1, c2)));
        assertThat(c1.students).isNull();
        assertThrows(IllegalStateException.class,
                () -> StudentRelations.courses(student).addAll(Arrays.asList(c1, c2)));
        assertThat(c1.students).isNull();
        assertThat(student.courses).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRefusedAssociationLinkLeavesBothNullListsNull() {
        Slot.recorder = recorder;
        Stage stage = new Stage(1, recorder);
        Act act = new Act(1, recorder);
        stage.slots = null;
        act.slots = null;
        recorder.refuse = change -> change.startsWith("a1 +");
        assertThrows(IllegalStateException.class, () -> SlotRelations.link(stage, act));
        assertThat(stage.slots).isNull();
        assertThat(act.slots).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRefusalOnTheObservedSideOfAnAssociationLeavesTheOtherSidesNullListNull() {
        Gallery gallery = new Gallery("g");
        Artist artist = new Artist("a", recorder);
        recorder.refuse = "a +g"::equals;
        assertThrows(IllegalStateException.class, () -> ExhibitRelations.link(gallery, artist));
        assertThat(gallery.exhibits).isNull();
        assertThat(artist.exhibits).isNull();
        assertThrows(IllegalStateException.class, () -> GalleryRelations.artistOfExhibits(gallery).add(artist));
        assertThat(gallery.exhibits).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aListenerThatThrowsAfterAnAddStillCountsTheChange() {
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2));
        List<Recruit> view = SquadRelations.recruits(alpha);
        Iterator<Recruit> open = view.iterator();
        open.next();
        recorder.failListener = "A +r3"::equals;
        assertThrows(IllegalStateException.class, () -> view.add(r3));
        assertThat(alpha.recruits).containsExactly(r1, r2, r3).inOrder();
        assertThrows(ConcurrentModificationException.class, open::next);
    }

    @Test
    void aListenerThatThrowsAfterARemoveStillCountsTheChange() {
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2, r3));
        List<Recruit> view = SquadRelations.recruits(alpha);
        List<Recruit> range = view.subList(0, 3);
        recorder.failListener = "A -r1"::equals;
        assertThrows(IllegalStateException.class, () -> view.remove(0));
        assertThrows(ConcurrentModificationException.class, range::size);

        List<Recruit> first = view.subList(0, 2);
        recorder.failListener = "A -r2"::equals;
        assertThrows(IllegalStateException.class, () -> first.remove(0));
        assertThat(first).containsExactly(r3); // the range followed the change made through it
        assertThat(alpha.recruits).containsExactly(r3);
    }

    @Test
    void aListenerThatThrowsAfterAnIteratorRemoveLeavesNoCurrentElement() {
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2, r3));
        ListIterator<Recruit> it = SquadRelations.recruits(alpha).listIterator();
        it.next();
        recorder.failListener = "A -r1"::equals;
        assertThrows(IllegalStateException.class, it::remove);
        assertThat(alpha.recruits).containsExactly(r2, r3).inOrder();
        recorder.failListener = change -> false;
        recorder.clear();
        // the element removed is gone: a second remove has nothing to remove, as after a remove that returned
        assertThrows(IllegalStateException.class, it::remove);
        assertThat(alpha.recruits).containsExactly(r2, r3).inOrder();
        assertThat(recorder.validated).isEmpty();
        assertThat(it.next()).isSameInstanceAs(r2);
    }

    @Test
    void aListenerThatThrowsAfterClearStillCountsTheChange() {
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2));
        List<Recruit> view = SquadRelations.recruits(alpha);
        Iterator<Recruit> open = view.iterator();
        recorder.failListener = "A -r1"::equals;
        assertThrows(IllegalStateException.class, view::clear);
        assertThat(alpha.recruits).isEmpty();
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2));
        assertThrows(ConcurrentModificationException.class, open::next);
    }
}
