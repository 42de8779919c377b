package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on one-way scalar ends ({@code Desk.pinned}, validated and
 * listened to; {@code Desk.draft}, listened to): a new value is the old one's unlink then its own
 * link, both validated before the field is written and heard after; the same value calls nothing;
 * a refusal changes nothing; {@code detach} unlinks through them, all or nothing.
 */
class OneWayScalarEventsTest {
    private final Recorder recorder = new Recorder();
    private final Desk desk = new Desk("D1", recorder);
    private final Job j1 = new Job("j1");
    private final Job j2 = new Job("j2");
    private final Job j3 = new Job("j3");

    @AfterEach
    void listenersSawTheFieldAsTheyWereTold() {
        assertThat(recorder.disagreements).isEmpty();
    }

    @Test
    void aFirstValueIsOnlyALink() {
        DeskRelations.setPinned(desk, j1);
        assertThat(desk.pinned).isSameInstanceAs(j1);
        assertThat(recorder.validated).containsExactly("D1.pinned +j1");
        assertThat(recorder.changed).containsExactly("D1.pinned +j1");
    }

    @Test
    void aNewValueIsTheOldOnesUnlinkThenItsLinkBothValidatedBeforeTheWrite() {
        DeskRelations.setPinned(desk, j1);
        recorder.clear();
        List<Job> seenByValidators = new ArrayList<>();
        recorder.refuse = change -> {
            seenByValidators.add(desk.pinned);
            return false;
        };
        DeskRelations.setPinned(desk, j2);
        assertThat(desk.pinned).isSameInstanceAs(j2);
        assertThat(recorder.validated).containsExactly("D1.pinned -j1", "D1.pinned +j2").inOrder();
        assertThat(seenByValidators).containsExactly(j1, j1);
        assertThat(recorder.changed).containsExactly("D1.pinned -j1", "D1.pinned +j2").inOrder();
    }

    @Test
    void theSameValueCallsNothing() {
        DeskRelations.setPinned(desk, j1);
        DeskRelations.setDraft(desk, j1);
        recorder.clear();
        DeskRelations.setPinned(desk, j1);
        DeskRelations.setDraft(desk, j1);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
        DeskRelations.setPinned(new Desk("D2", recorder), null);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void nullIsOnlyTheUnlink() {
        DeskRelations.setPinned(desk, j1);
        recorder.clear();
        DeskRelations.setPinned(desk, null);
        assertThat(desk.pinned).isNull();
        assertThat(recorder.validated).containsExactly("D1.pinned -j1");
        assertThat(recorder.changed).containsExactly("D1.pinned -j1");
    }

    @Test
    void aRefusalOfEitherHalfChangesNothing() {
        DeskRelations.setPinned(desk, j1);
        for (String refused : List.of("D1.pinned -j1", "D1.pinned +j2")) {
            recorder.clear();
            recorder.refuse = refused::equals;
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> DeskRelations.setPinned(desk, j2));
            assertThat(thrown).hasMessageThat().isEqualTo("refused " + refused);
            assertThat(desk.pinned).isSameInstanceAs(j1);
            assertThat(recorder.changed).isEmpty();
        }
        // a refused unlink stops before the link is validated
        assertThat(recorder.validated).containsExactly("D1.pinned -j1", "D1.pinned +j2").inOrder();
        recorder.clear();
        recorder.refuse = "D1.pinned -j1"::equals;
        assertThrows(IllegalStateException.class, () -> DeskRelations.setPinned(desk, j2));
        assertThat(recorder.validated).containsExactly("D1.pinned -j1");
    }

    @Test
    void anEndWithAListenerOnlyHearsWithoutValidating() {
        DeskRelations.setDraft(desk, j1);
        DeskRelations.setDraft(desk, j2);
        DeskRelations.setDraft(desk, null);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed)
                .containsExactly("D1.draft +j1", "D1.draft -j1", "D1.draft +j2", "D1.draft -j2").inOrder();
        assertThat(desk.draft).isNull();
    }

    @Test
    void aListenerThatThrowsKeepsTheChangeAndTheOtherCallStillRuns() {
        DeskRelations.setPinned(desk, j1);
        recorder.clear();
        recorder.failListener = change -> true;
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> DeskRelations.setPinned(desk, j2));
        assertThat(thrown).hasMessageThat().isEqualTo("listener failed on D1.pinned -j1");
        assertThat(thrown.getSuppressed()).hasLength(1);
        assertThat(thrown.getSuppressed()[0]).hasMessageThat().isEqualTo("listener failed on D1.pinned +j2");
        assertThat(desk.pinned).isSameInstanceAs(j2);
        assertThat(recorder.changed).containsExactly("D1.pinned -j1", "D1.pinned +j2").inOrder();

        recorder.clear();
        thrown = assertThrows(IllegalStateException.class, () -> DeskRelations.setPinned(desk, null));
        assertThat(thrown).hasMessageThat().isEqualTo("listener failed on D1.pinned -j2");
        assertThat(desk.pinned).isNull();
    }

    @Test
    void aListenerMaySetTheEndAgain() {
        recorder.failListener = change -> {
            if (change.equals("D1.pinned +j1")) {
                DeskRelations.setPinned(desk, j2);
            }
            return false;
        };
        DeskRelations.setPinned(desk, j1);
        assertThat(desk.pinned).isSameInstanceAs(j2);
        assertThat(recorder.changed).containsExactly("D1.pinned +j1", "D1.pinned -j1", "D1.pinned +j2").inOrder();
    }

    @Test
    void detachUnlinksThroughTheValidatorsAndListeners() {
        DeskRelations.setInbox(desk, Arrays.asList(j1, j2));
        DeskRelations.setPinned(desk, j3);
        DeskRelations.setDraft(desk, j1);
        recorder.clear();
        DeskRelations.detach(desk);
        assertThat(desk.inbox).isEmpty();
        assertThat(desk.pinned).isNull();
        assertThat(desk.draft).isNull();
        assertThat(recorder.validated).containsExactly("D1.pinned -j3", "D1.inbox -j1", "D1.inbox -j2").inOrder();
        assertThat(recorder.changed)
                .containsExactly("D1.pinned -j3", "D1.inbox -j1", "D1.inbox -j2", "D1.draft -j1").inOrder();
    }

    @Test
    void aRefusedUnlinkInDetachLeavesEveryEndAsItWas() {
        DeskRelations.setInbox(desk, Arrays.asList(j1, j2));
        DeskRelations.setPinned(desk, j3);
        DeskRelations.setDraft(desk, j1);
        recorder.clear();
        recorder.refuse = "D1.pinned -j3"::equals;
        assertThrows(IllegalStateException.class, () -> DeskRelations.detach(desk));
        assertThat(desk.pinned).isSameInstanceAs(j3);
        assertThat(desk.inbox).containsExactly(j1, j2).inOrder();
        assertThat(recorder.validated).containsExactly("D1.pinned -j3");
        assertThat(recorder.changed).isEmpty();

        recorder.clear();
        recorder.refuse = "D1.inbox -j2"::equals;
        assertThrows(IllegalStateException.class, () -> DeskRelations.detach(desk));
        assertThat(desk.pinned).isSameInstanceAs(j3); // cleared before the refusal, and written back
        assertThat(desk.inbox).containsExactly(j1, j2).inOrder();
        assertThat(desk.draft).isSameInstanceAs(j1);
        assertThat(recorder.validated).containsExactly("D1.pinned -j3", "D1.inbox -j1", "D1.inbox -j2").inOrder();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aListenerThatThrowsInDetachLeavesTheObjectDetached() {
        DeskRelations.setPinned(desk, j3);
        DeskRelations.setDraft(desk, j1);
        recorder.clear();
        recorder.failListener = "D1.pinned -j3"::equals;
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> DeskRelations.detach(desk));
        assertThat(thrown).hasMessageThat().isEqualTo("listener failed on D1.pinned -j3");
        assertThat(desk.pinned).isNull();
        assertThat(desk.draft).isNull();
        assertThat(recorder.changed).containsExactly("D1.pinned -j3", "D1.draft -j1").inOrder();
    }

    @Test
    void aNullOwnerIsRefusedByName() {
        NullPointerException thrown = assertThrows(NullPointerException.class,
                () -> DeskRelations.setPinned(null, j1));
        assertThat(thrown).hasMessageThat().contains("Desk.pinned");
        assertThat(recorder.validated).isEmpty();
    }
}
