package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on the collections of association objects
 * ({@code Stage.slots}, a list keeping ranks, and {@code Act.slots}, a set) and on the association's
 * own left end ({@code Slot.stage}): the other object each sees is the association. {@code link},
 * {@code unlink}, the navigation views, the owners' live views, {@code setSlots} and {@code detach}
 * call them once per change; a refusal on either side changes nothing on both.
 */
class AssociationEventsTest {
    private final Recorder recorder = new Recorder();
    private final Stage s1 = new Stage(1, recorder);
    private final Stage s2 = new Stage(2, recorder);
    private final Act a1 = new Act(1, recorder);
    private final Act a2 = new Act(2, recorder);

    @BeforeEach
    void slotsRecordHere() {
        Slot.recorder = recorder;
    }

    @AfterEach
    void listenersSawEveryEndAgree() {
        assertThat(recorder.disagreements).isEmpty();
    }

    private static List<Integer> ranks(List<Slot> slots) {
        List<Integer> ranks = new ArrayList<>();
        for (Slot slot : slots) {
            ranks.add(slot.rank);
        }
        return ranks;
    }

    @Test
    void linkValidatesTheLeftThenTheRightAndListenersRunAfterBoth() {
        Slot x = SlotRelations.link(s1, a1);
        assertThat(recorder.validated).containsExactly("S1 +" + x, x + " +S1", "a1 +" + x).inOrder();
        assertThat(recorder.changed).containsExactly("S1 +" + x, x + " +S1", "a1 +" + x).inOrder();
        assertThat(s1.slots).containsExactly(x);
        assertThat(a1.slots).containsExactly(x);
        assertThat(x.rank).isEqualTo(0);
    }

    @Test
    void aRefusalByTheRightOwnerLeavesTheLeftListAsBeforeAndTheAssociationUnlinked() {
        Slot x = SlotRelations.link(s1, a1);
        recorder.clear();
        Slot y = new Slot();
        recorder.refuse = change -> change.startsWith("a2 +");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> SlotRelations.link(s1, a2, y));
        assertThat(thrown).hasMessageThat().isEqualTo("refused a2 +" + y);
        assertThat(recorder.validated).containsExactly("S1 +" + y, y + " +S1", "a2 +" + y).inOrder();
        assertThat(recorder.changed).isEmpty();
        assertThat(s1.slots).containsExactly(x);
        assertThat(ranks(s1.slots)).containsExactly(0);
        assertThat(a2.slots).isEmpty();
        assertThat(y.stage).isNull();
        assertThat(y.act).isNull();
        assertThat(y.rank).isEqualTo(-1);
    }

    @Test
    void aRefusalByTheAssociationsOwnEndChangesNothing() {
        Slot y = new Slot();
        recorder.refuse = (y + " +S1")::equals;
        assertThrows(IllegalStateException.class, () -> SlotRelations.link(s1, a1, y));
        assertThat(s1.slots).isEmpty();
        assertThat(a1.slots).isEmpty();
        assertThat(y.stage).isNull();
        assertThat(recorder.validated).containsExactly("S1 +" + y, y + " +S1").inOrder();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void movingAnAssociationIsAnUnlinkFromTheOldOwnersThenALinkToTheNew() {
        Slot x = SlotRelations.link(s1, a1);
        recorder.clear();
        SlotRelations.link(s2, a2, x);
        // both sides move: the old right leaves first, so that no step links the new left with the old right
        assertThat(recorder.changed).containsExactly("a1 -" + x, "S1 -" + x, x + " -S1", "S2 +" + x, x + " +S2",
                "a2 +" + x).inOrder();
        assertThat(s1.slots).isEmpty();
        assertThat(a1.slots).isEmpty();
        assertThat(s2.slots).containsExactly(x);
        assertThat(a2.slots).containsExactly(x);

        recorder.clear();
        recorder.refuse = ("a1 +" + x)::equals;
        assertThrows(IllegalStateException.class, () -> SlotRelations.link(s1, a1, x));
        assertThat(s2.slots).containsExactly(x);
        assertThat(a2.slots).containsExactly(x);
        assertThat(s1.slots).isEmpty();
        assertThat(a1.slots).isEmpty();
        assertThat(x.stage).isSameInstanceAs(s2);
        assertThat(x.act).isSameInstanceAs(a2);
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void unlinkingAnAssociationIsSeenOnBothSidesAndARefusalKeepsItLinked() {
        Slot x = SlotRelations.link(s1, a1);
        Slot y = SlotRelations.link(s1, a2);
        recorder.clear();
        recorder.refuse = ("a1 -" + x)::equals;
        assertThrows(IllegalStateException.class, () -> SlotRelations.unlink(x));
        assertThat(s1.slots).containsExactly(x, y).inOrder();
        assertThat(ranks(s1.slots)).containsExactly(0, 1).inOrder();
        assertThat(a1.slots).containsExactly(x);
        assertThat(x.stage).isSameInstanceAs(s1);
        assertThat(recorder.changed).isEmpty();

        recorder.clear();
        recorder.refuse = change -> false;
        SlotRelations.unlink(x);
        assertThat(recorder.changed).containsExactly("S1 -" + x, x + " -S1", "a1 -" + x).inOrder();
        assertThat(s1.slots).containsExactly(y);
        assertThat(y.rank).isEqualTo(0);
        assertThat(x.rank).isEqualTo(-1);
    }

    @Test
    void unlinkingAPairUnlinksEachOfItsAssociationsAllOrNothing() {
        Slot x = SlotRelations.link(s1, a1);
        Slot y = SlotRelations.link(s1, a1);
        recorder.clear();
        recorder.refuse = ("a1 -" + y)::equals;
        assertThrows(IllegalStateException.class, () -> SlotRelations.unlink(s1, a1));
        assertThat(s1.slots).containsExactly(x, y).inOrder();
        assertThat(a1.slots).containsExactly(x, y).inOrder();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        assertThat(SlotRelations.unlink(s1, a1)).isEqualTo(2);
        assertThat(recorder.changed).containsExactly("S1 -" + x, x + " -S1", "a1 -" + x, "S1 -" + y, y + " -S1",
                "a1 -" + y).inOrder();
    }

    @Test
    void theNavigationViewsLinkAndUnlinkThroughAssociations() {
        List<Act> acts = StageRelations.actOfSlots(s1);
        acts.add(a1);
        Slot x = s1.slots.get(0);
        assertThat(recorder.changed).containsExactly("S1 +" + x, x + " +S1", "a1 +" + x).inOrder();

        recorder.clear();
        recorder.refuse = change -> change.startsWith("a2 +");
        assertThrows(IllegalStateException.class, () -> acts.add(a2));
        assertThat(s1.slots).containsExactly(x);
        assertThat(a2.slots).isEmpty();

        recorder.refuse = change -> false;
        acts.add(a2);
        Slot y = s1.slots.get(1);
        recorder.clear();
        recorder.refuse = ("a2 -" + y)::equals;
        assertThrows(IllegalStateException.class, acts::clear);
        assertThat(s1.slots).containsExactly(x, y).inOrder();
        assertThat(a1.slots).containsExactly(x);
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        assertThat(acts.removeIf(act -> act == a2)).isTrue();
        assertThat(recorder.changed).containsExactly("S1 -" + y, y + " -S1", "a2 -" + y).inOrder();
        recorder.clear();
        assertThat(ActRelations.stageOfSlots(a1).remove(s1)).isTrue();
        assertThat(recorder.changed).containsExactly("S1 -" + x, x + " -S1", "a1 -" + x).inOrder();
    }

    @Test
    void theOwnersLiveViewsAndSetChangeOnlyTheirOwnSide() {
        Slot x = SlotRelations.link(s1, a1);
        recorder.clear();
        StageRelations.slots(s2).add(x);
        assertThat(recorder.changed).containsExactly("S1 -" + x, x + " -S1", "S2 +" + x, x + " +S2").inOrder();
        assertThat(a1.slots).containsExactly(x);

        Slot y = new Slot();
        recorder.clear();
        recorder.refuse = ("S2 +" + y)::equals;
        assertThrows(IllegalStateException.class, () -> StageRelations.setSlots(s2, Arrays.asList(y, x)));
        assertThat(s2.slots).containsExactly(x);
        assertThat(y.stage).isNull();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        ActRelations.slots(a1).remove(x);
        assertThat(recorder.changed).containsExactly("a1 -" + x);
        assertThat(x.stage).isSameInstanceAs(s2);
    }

    @Test
    void detachUnlinksEveryAssociationFromBothSidesAllOrNothing() {
        Slot x = SlotRelations.link(s1, a1);
        Slot y = SlotRelations.link(s1, a2);
        Slot z = SlotRelations.link(s2, a1);
        recorder.clear();
        recorder.refuse = ("a2 -" + y)::equals;
        assertThrows(IllegalStateException.class, () -> StageRelations.detach(s1));
        assertThat(s1.slots).containsExactly(x, y).inOrder();
        assertThat(a1.slots).containsExactly(x, z).inOrder();
        assertThat(a2.slots).containsExactly(y);
        assertThat(ranks(s1.slots)).containsExactly(0, 1).inOrder();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        ActRelations.detach(a1);
        assertThat(recorder.changed).containsExactly("S1 -" + x, x + " -S1", "a1 -" + x, "S2 -" + z, z + " -S2",
                "a1 -" + z).inOrder();
        assertThat(s1.slots).containsExactly(y);
        assertThat(y.rank).isEqualTo(0);
        assertThat(s2.slots).isEmpty();
    }
}
