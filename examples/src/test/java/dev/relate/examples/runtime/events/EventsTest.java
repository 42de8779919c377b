package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on a one-to-many whose two ends both declare them: every
 * path calls them once per change, validators before anything changes, listeners after both ends
 * agree; a refusal changes nothing.
 */
class EventsTest {
    private final Recorder recorder = new Recorder();
    private final Squad alpha = new Squad("A", recorder);
    private final Squad bravo = new Squad("B", recorder);
    private final Recruit r1 = new Recruit("r1", recorder);
    private final Recruit r2 = new Recruit("r2", recorder);
    private final Recruit r3 = new Recruit("r3", recorder);
    private final Recruit r4 = new Recruit("r4", recorder);

    @AfterEach
    void listenersSawBothEndsAgree() {
        assertThat(recorder.disagreements).isEmpty();
    }

    /** A on r1, r2, r3 in that order, and the log emptied. */
    private void alphaHoldsThree() {
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2, r3));
        recorder.clear();
    }

    private void assertAlphaHoldsThree() {
        assertThat(alpha.recruits).containsExactly(r1, r2, r3).inOrder();
        assertThat(r1.squad).isSameInstanceAs(alpha);
        assertThat(r2.squad).isSameInstanceAs(alpha);
        assertThat(r3.squad).isSameInstanceAs(alpha);
        assertThat(bravo.recruits).isEmpty();
        assertThat(r4.squad).isNull();
    }

    @Test
    void addCallsBothEndsValidatorsThenListeners() {
        assertThat(SquadRelations.addToRecruits(alpha, r1)).isTrue();
        assertThat(recorder.validated).containsExactly("A +r1", "r1 +A").inOrder();
        assertThat(recorder.changed).containsExactly("A +r1", "r1 +A").inOrder();
    }

    @Test
    void addingAMemberAgainCallsNothing() {
        SquadRelations.addToRecruits(alpha, r1);
        recorder.clear();
        assertThat(SquadRelations.addToRecruits(alpha, r1)).isFalse();
        RecruitRelations.setSquad(r1, alpha);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRefusedAddChangesNothingAndCallsNoListener() {
        recorder.refuse = "A +r1"::equals;
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> SquadRelations.addToRecruits(alpha, r1));
        assertThat(refused).hasMessageThat().isEqualTo("refused A +r1");
        assertThat(alpha.recruits).isEmpty();
        assertThat(r1.squad).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void theOtherEndsValidatorRefusesToo() {
        recorder.refuse = "r1 +A"::equals;
        assertThrows(IllegalStateException.class, () -> RecruitRelations.setSquad(r1, alpha));
        assertThat(alpha.recruits).isEmpty();
        assertThat(r1.squad).isNull();
    }

    @Test
    void aMoveIsAnUnlinkSeenByTheOldOwnerThenALinkSeenByTheNewOne() {
        SquadRelations.addToRecruits(alpha, r1);
        recorder.clear();
        RecruitRelations.setSquad(r1, bravo);
        assertThat(recorder.validated).containsExactly("A -r1", "r1 -A", "B +r1", "r1 +B").inOrder();
        assertThat(recorder.changed).containsExactly("A -r1", "r1 -A", "B +r1", "r1 +B").inOrder();
        assertThat(alpha.recruits).isEmpty();
        assertThat(bravo.recruits).containsExactly(r1);
    }

    @Test
    void aMoveRefusedByTheOldOwnerChangesNothing() {
        SquadRelations.addToRecruits(alpha, r1);
        recorder.clear();
        recorder.refuse = "A -r1"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(bravo).add(r1));
        assertThat(alpha.recruits).containsExactly(r1);
        assertThat(bravo.recruits).isEmpty();
        assertThat(r1.squad).isSameInstanceAs(alpha);
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void settingNullUnlinks() {
        SquadRelations.addToRecruits(alpha, r1);
        recorder.clear();
        RecruitRelations.setSquad(r1, null);
        assertThat(recorder.validated).containsExactly("A -r1", "r1 -A").inOrder();
        assertThat(recorder.changed).containsExactly("A -r1", "r1 -A").inOrder();
    }

    @Test
    void removeThroughTheHelperAndTheView() {
        alphaHoldsThree();
        SquadRelations.removeFromRecruits(alpha, r1);
        SquadRelations.recruits(alpha).remove(r2);
        SquadRelations.recruits(alpha).remove(0);
        assertThat(recorder.changed)
                .containsExactly("A -r1", "r1 -A", "A -r2", "r2 -A", "A -r3", "r3 -A").inOrder();
        assertThat(recorder.validated).isEqualTo(recorder.changed);
        assertThat(alpha.recruits).isEmpty();
    }

    @Test
    void replacingTheCollectionUnlinksWhatLeavesThenLinksWhatComes() {
        alphaHoldsThree();
        SquadRelations.setRecruits(alpha, Arrays.asList(r3, r4, r1));
        assertThat(recorder.validated).containsExactly("A -r2", "r2 -A", "A +r4", "r4 +A").inOrder();
        assertThat(recorder.changed).isEqualTo(recorder.validated);
        assertThat(alpha.recruits).containsExactly(r3, r4, r1).inOrder();
    }

    @Test
    void aRefusalInTheMiddleOfReplacingChangesNothing() {
        alphaHoldsThree();
        RecruitRelations.setSquad(r4, bravo);
        recorder.clear();
        recorder.refuse = "r4 +A"::equals;
        assertThrows(IllegalStateException.class,
                () -> SquadRelations.setRecruits(alpha, Arrays.asList(r3, r4)));
        assertThat(alpha.recruits).containsExactly(r1, r2, r3).inOrder();
        assertThat(r1.squad).isSameInstanceAs(alpha);
        assertThat(r2.squad).isSameInstanceAs(alpha);
        assertThat(bravo.recruits).containsExactly(r4);
        assertThat(r4.squad).isSameInstanceAs(bravo);
        assertThat(recorder.changed).isEmpty();
        // the unlinks of r1 and r2, and the move of r4, were validated before the refusal
        assertThat(recorder.validated).containsExactly("A -r1", "r1 -A", "A -r2", "r2 -A", "B -r4", "r4 -B",
                "A +r4", "r4 +A").inOrder();
    }

    @Test
    void eachValidatorOfABulkOperationSeesTheStepsBeforeItDone() {
        List<Integer> sizes = new ArrayList<>();
        recorder.refuse = change -> {
            if (change.startsWith("A +")) {
                sizes.add(alpha.recruits.size());
            }
            return false;
        };
        SquadRelations.recruits(alpha).addAll(Arrays.asList(r1, r2, r3));
        assertThat(sizes).containsExactly(0, 1, 2).inOrder();
        sizes.clear();
        SquadRelations.setRecruits(alpha, Arrays.asList(r1, r2, r3, r4));
        assertThat(sizes).containsExactly(3);
    }

    @Test
    void clearUnlinksEachAndARefusalChangesNothing() {
        alphaHoldsThree();
        recorder.refuse = "A -r3"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).clear());
        assertAlphaHoldsThree();
        assertThat(recorder.changed).isEmpty();
        recorder.refuse = change -> false;
        recorder.clear();
        SquadRelations.recruits(alpha).clear();
        assertThat(recorder.changed)
                .containsExactly("A -r1", "r1 -A", "A -r2", "r2 -A", "A -r3", "r3 -A").inOrder();
    }

    @Test
    void removeIfAndRetainAll() {
        alphaHoldsThree();
        recorder.refuse = "r3 -A"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).removeIf(r -> r != r1));
        assertAlphaHoldsThree();
        recorder.refuse = change -> false;
        recorder.clear();
        SquadRelations.recruits(alpha).retainAll(Arrays.asList(r2));
        assertThat(recorder.changed).containsExactly("A -r1", "r1 -A", "A -r3", "r3 -A").inOrder();
        assertThat(alpha.recruits).containsExactly(r2);
    }

    @Test
    void positionalListOperations() {
        alphaHoldsThree();
        List<Recruit> view = SquadRelations.recruits(alpha);
        view.add(1, r4);
        assertThat(recorder.changed).containsExactly("A +r4", "r4 +A").inOrder();
        recorder.clear();
        assertThat(view.set(1, r1)).isSameInstanceAs(r4); // a member moves within the list: no pair changes
        assertThat(alpha.recruits).containsExactly(r4, r1, r2, r3).inOrder();
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
        view.subList(0, 2).clear();
        assertThat(recorder.changed).containsExactly("A -r4", "r4 -A", "A -r1", "r1 -A").inOrder();
        recorder.clear();
        view.addAll(0, Arrays.asList(r1, r4));
        assertThat(recorder.changed).containsExactly("A +r1", "r1 +A", "A +r4", "r4 +A").inOrder();
        assertThat(alpha.recruits).containsExactly(r1, r4, r2, r3).inOrder();
    }

    @Test
    void settingAnIndexToANonMemberUnlinksTheOldAndLinksTheNew() {
        alphaHoldsThree();
        SquadRelations.recruits(alpha).set(0, r4);
        assertThat(recorder.validated).containsExactly("A -r1", "r1 -A", "A +r4", "r4 +A").inOrder();
        assertThat(recorder.changed).isEqualTo(recorder.validated);
        recorder.clear();
        recorder.refuse = "A +r1"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).set(0, r1));
        assertThat(alpha.recruits).containsExactly(r4, r2, r3).inOrder();
        assertThat(r1.squad).isNull();
    }

    @Test
    void settingAnIndexValidatesTheLinkWithTheOldElementGone() {
        alphaHoldsThree();
        // a squad of at most three: the arriving recruit is checked once the leaving one has left
        List<Integer> sizes = new ArrayList<>();
        recorder.refuse = change -> {
            sizes.add(alpha.recruits.size());
            return change.equals("A +r4") && alpha.recruits.size() >= 3;
        };
        SquadRelations.recruits(alpha).set(1, r4);
        assertThat(alpha.recruits).containsExactly(r1, r4, r3).inOrder();
        assertThat(recorder.validated).containsExactly("A -r2", "r2 -A", "A +r4", "r4 +A").inOrder();
        assertThat(sizes).containsExactly(3, 3, 2, 2).inOrder();
        assertThat(recorder.changed).containsExactly("A -r2", "r2 -A", "A +r4", "r4 +A").inOrder();
        assertThat(r2.squad).isNull();
        // a refusal of the link puts the leaving element back in its place
        recorder.clear();
        recorder.refuse = "r2 +A"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).set(2, r2));
        assertThat(alpha.recruits).containsExactly(r1, r4, r3).inOrder();
        assertThat(r3.squad).isSameInstanceAs(alpha);
        assertThat(r2.squad).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRefusedPositionalAddLeavesANullFieldNull() {
        alpha.recruits = null;
        recorder.refuse = "A +r1"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).add(0, r1));
        assertThat(alpha.recruits).isNull();
        assertThat(r1.squad).isNull();
        recorder.refuse = change -> false;
        SquadRelations.recruits(alpha).add(0, r1);
        assertThat(alpha.recruits).containsExactly(r1);
    }

    @Test
    void aRefusedPositionalAddChangesNothing() {
        alphaHoldsThree();
        recorder.refuse = "r4 +A"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).add(0, r4));
        assertThrows(IllegalStateException.class,
                () -> SquadRelations.recruits(alpha).addAll(1, Arrays.asList(bravoRecruit(), r4)));
        assertThrows(IllegalStateException.class, () -> SquadRelations.recruits(alpha).listIterator().add(r4));
        assertThat(alpha.recruits).containsExactly(r1, r2, r3).inOrder();
        assertThat(r4.squad).isNull();
        assertThat(bravo.recruits).hasSize(1);
        assertThat(recorder.changed).isEmpty();
    }

    private Recruit bravoRecruit() {
        Recruit recruit = new Recruit("rb", recorder);
        SquadRelations.addToRecruits(bravo, recruit);
        recorder.changed.clear();
        return recruit;
    }

    @Test
    void iteratorRemovalAndAddition() {
        alphaHoldsThree();
        ListIterator<Recruit> it = SquadRelations.recruits(alpha).listIterator();
        it.next();
        it.remove();
        it.add(r4);
        assertThat(recorder.changed).containsExactly("A -r1", "r1 -A", "A +r4", "r4 +A").inOrder();
        recorder.clear();
        recorder.refuse = "A -r2"::equals;
        Iterator<Recruit> refusing = SquadRelations.recruits(alpha).iterator();
        refusing.next();
        refusing.next();
        assertThrows(IllegalStateException.class, refusing::remove);
        assertThat(alpha.recruits).containsExactly(r4, r2, r3).inOrder();
        assertThat(r2.squad).isSameInstanceAs(alpha);
    }

    @Test
    void detachUnlinksEveryEndAndARefusalChangesNothing() {
        alphaHoldsThree();
        recorder.refuse = "r2 -A"::equals;
        assertThrows(IllegalStateException.class, () -> SquadRelations.detach(alpha));
        assertAlphaHoldsThree();
        assertThat(recorder.changed).isEmpty();
        recorder.refuse = change -> false;
        recorder.clear();
        RecruitRelations.detach(r2);
        SquadRelations.detach(alpha);
        assertThat(recorder.changed)
                .containsExactly("A -r2", "r2 -A", "A -r1", "r1 -A", "A -r3", "r3 -A").inOrder();
    }

    @Test
    void aListenerThatThrowsLeavesTheChangeAndTheOtherListenersRun() {
        alphaHoldsThree();
        recorder.failListener = "A -r1"::equals;
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> SquadRelations.recruits(alpha).clear());
        assertThat(failed).hasMessageThat().isEqualTo("listener failed on A -r1");
        assertThat(alpha.recruits).isEmpty();
        assertThat(r1.squad).isNull();
        assertThat(recorder.changed)
                .containsExactly("A -r1", "r1 -A", "A -r2", "r2 -A", "A -r3", "r3 -A").inOrder();
    }

    @Test
    void aListenerMayCallHelpers() {
        // when r1 joins A, the listener of r1's end brings r2 along: an operation of its own
        Recorder chained = new Recorder();
        Squad squad = new Squad("S", chained);
        Recruit follower = new Recruit("f", chained);
        Recruit leader = new Recruit("l", chained) {
            @Override
            void squadChanged(Squad other, boolean linked) {
                super.squadChanged(other, linked);
                if (linked) {
                    RecruitRelations.setSquad(follower, other);
                }
            }
        };
        SquadRelations.recruits(squad).add(leader);
        assertThat(squad.recruits).containsExactly(leader, follower).inOrder();
        assertThat(follower.squad).isSameInstanceAs(squad);
        assertThat(chained.changed).containsExactly("S +l", "l +S", "S +f", "f +S").inOrder();
        assertThat(chained.disagreements).isEmpty();
    }
}
