package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on a one-to-one whose two ends both declare them: a replace
 * is an unlink of each displaced pair and a link of the new one, every validator runs before anything
 * changes, a refusal changes nothing, and the listeners run after, when both ends agree.
 */
class OneToOneEventsTest {
    private final Recorder recorder = new Recorder();
    private final Pilot p0 = new Pilot("p0", recorder);
    private final Pilot p1 = new Pilot("p1", recorder);
    private final Plane j0 = new Plane("j0", recorder);
    private final Plane j1 = new Plane("j1", recorder);

    @AfterEach
    void listenersSawBothEndsAgree() {
        assertThat(recorder.disagreements).isEmpty();
    }

    /** p0 with j0 and p1 with j1, and the log emptied. */
    private void twoPairs() {
        PilotRelations.setPlane(p0, j0);
        PilotRelations.setPlane(p1, j1);
        recorder.clear();
    }

    private void assertTwoPairs() {
        assertThat(p0.plane).isSameInstanceAs(j0);
        assertThat(j0.pilot).isSameInstanceAs(p0);
        assertThat(p1.plane).isSameInstanceAs(j1);
        assertThat(j1.pilot).isSameInstanceAs(p1);
    }

    @Test
    void aLinkCallsBothEndsValidatorsThenListeners() {
        PilotRelations.setPlane(p0, j0);
        assertThat(recorder.validated).containsExactly("p0 +j0", "j0 +p0").inOrder();
        assertThat(recorder.changed).containsExactly("p0 +j0", "j0 +p0").inOrder();
    }

    @Test
    void theOtherSidesHelperCallsTheSameMethods() {
        PlaneRelations.setPilot(j0, p0);
        assertThat(recorder.validated).containsExactly("j0 +p0", "p0 +j0").inOrder();
        assertThat(recorder.changed).containsExactly("j0 +p0", "p0 +j0").inOrder();
        assertThat(p0.plane).isSameInstanceAs(j0);
    }

    @Test
    void settingThePartnerAgainCallsNothing() {
        twoPairs();
        PilotRelations.setPlane(p0, j0);
        PlaneRelations.setPilot(j0, p0);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void settingNullIsAnUnlink() {
        twoPairs();
        PilotRelations.setPlane(p0, null);
        assertThat(recorder.validated).containsExactly("p0 -j0", "j0 -p0").inOrder();
        assertThat(recorder.changed).containsExactly("p0 -j0", "j0 -p0").inOrder();
        assertThat(j0.pilot).isNull();
        PilotRelations.setPlane(p0, null);
        assertThat(recorder.changed).hasSize(2);
    }

    @Test
    void aReplaceUnlinksBothDisplacedPairsThenLinks() {
        twoPairs();
        PilotRelations.setPlane(p0, j1);
        assertThat(recorder.validated)
                .containsExactly("p0 -j0", "j0 -p0", "p1 -j1", "j1 -p1", "p0 +j1", "j1 +p0").inOrder();
        assertThat(recorder.changed)
                .containsExactly("p0 -j0", "j0 -p0", "p1 -j1", "j1 -p1", "p0 +j1", "j1 +p0").inOrder();
        assertThat(p0.plane).isSameInstanceAs(j1);
        assertThat(j1.pilot).isSameInstanceAs(p0);
        assertThat(j0.pilot).isNull();
        assertThat(p1.plane).isNull();
    }

    @Test
    void aRefusalOfAnyDisplacedPairChangesNothing() {
        for (String refused : new String[] {"p0 -j0", "j0 -p0", "p1 -j1", "j1 -p1", "p0 +j1", "j1 +p0"}) {
            twoPairs();
            recorder.refuse = refused::equals;
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> PilotRelations.setPlane(p0, j1));
            assertThat(thrown).hasMessageThat().isEqualTo("refused " + refused);
            assertTwoPairs();
            assertThat(recorder.changed).isEmpty();
            recorder.refuse = change -> false;
        }
    }

    @Test
    void detachUnlinksThroughTheValidatorsAndListeners() {
        twoPairs();
        PlaneRelations.detach(j0);
        assertThat(recorder.validated).containsExactly("j0 -p0", "p0 -j0").inOrder();
        assertThat(recorder.changed).containsExactly("j0 -p0", "p0 -j0").inOrder();
        assertThat(p0.plane).isNull();
        assertThat(j0.pilot).isNull();
    }

    @Test
    void aRefusedDetachChangesNothing() {
        twoPairs();
        recorder.refuse = "p0 -j0"::equals;
        assertThrows(IllegalStateException.class, () -> PilotRelations.detach(p0));
        assertTwoPairs();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aThrowingListenerKeepsTheChangeAndTheOthersStillRun() {
        twoPairs();
        recorder.failListener = change -> change.equals("j0 -p0") || change.equals("p0 +j1");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> PilotRelations.setPlane(p0, j1));
        assertThat(thrown).hasMessageThat().isEqualTo("listener failed on j0 -p0");
        assertThat(thrown.getSuppressed()).hasLength(1);
        assertThat(thrown.getSuppressed()[0]).hasMessageThat().isEqualTo("listener failed on p0 +j1");
        assertThat(recorder.changed)
                .containsExactly("p0 -j0", "j0 -p0", "p1 -j1", "j1 -p1", "p0 +j1", "j1 +p0").inOrder();
        assertThat(p0.plane).isSameInstanceAs(j1);
        assertThat(j1.pilot).isSameInstanceAs(p0);
    }

    @Test
    void aListenerMayChangeTheRelationshipAgain() {
        PilotRelations.setPlane(p0, j0);
        recorder.clear();
        recorder.failListener = change -> {
            if (change.equals("p0 +j1")) {
                PilotRelations.setPlane(p1, j0);
            }
            return false;
        };
        PilotRelations.setPlane(p0, j1);
        assertThat(p1.plane).isSameInstanceAs(j0);
        assertThat(j0.pilot).isSameInstanceAs(p1);
        assertThat(p0.plane).isSameInstanceAs(j1);
        assertThat(recorder.changed)
                .containsExactly("p0 -j0", "j0 -p0", "p0 +j1", "p1 +j0", "j0 +p1", "j1 +p0").inOrder();
    }
}
