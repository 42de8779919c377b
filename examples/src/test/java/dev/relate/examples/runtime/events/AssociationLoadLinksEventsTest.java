package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code loadLinks} of an association table ({@code ev_slots}) on H2 into objects whose collections of
 * associations are validated and listened to: the load is one operation; each row links the left,
 * then the right, each validated first; a refusal at any row, on either side, unlinks every
 * association the load made from both sides; the listeners run once, after the last row and after
 * the saved ranks are put back.
 */
class AssociationLoadLinksEventsTest {
    private final Recorder recorder = new Recorder();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Act> acts = new ArrayList<>();
    private Connection connection;

    @BeforeEach
    void saveThreeSlots() throws SQLException {
        connection = TestDatabase.H2.open();
        EvSlotsTable.createTable(connection);
        Recorder saving = new Recorder();
        Slot.recorder = saving;
        Stage s1 = new Stage(1, saving);
        Stage s2 = new Stage(2, saving);
        Act a1 = new Act(1, saving);
        Act a2 = new Act(2, saving);
        SlotRelations.link(s1, a2).note = "late";
        SlotRelations.link(s1, a1).note = "early";
        SlotRelations.link(s2, a1).note = "solo";
        assertThat(EvSlotsTable.saveLinks(connection, List.of(s1, s2))).isEqualTo(3);
        Slot.recorder = recorder;
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        assertThat(recorder.disagreements).isEmpty();
    }

    /** Fresh objects with the saved ids, linked to nothing. */
    private void fresh() {
        stages.clear();
        acts.clear();
        recorder.clear();
        stages.add(new Stage(1, recorder));
        stages.add(new Stage(2, recorder));
        acts.add(new Act(1, recorder));
        acts.add(new Act(2, recorder));
    }

    private static List<String> notes(List<Slot> slots) {
        List<String> notes = new ArrayList<>();
        for (Slot slot : slots) {
            notes.add(slot.note);
        }
        return notes;
    }

    @Test
    void everyRowIsValidatedOnBothSidesAndTheListenersRunAfterTheLastRow() throws SQLException {
        fresh();
        int[] validatedWhenFirstHeard = {-1};
        recorder.failListener = change -> {
            if (validatedWhenFirstHeard[0] < 0) {
                validatedWhenFirstHeard[0] = recorder.validated.size();
            }
            return false;
        };
        assertThat(EvSlotsTable.loadLinks(connection, stages, acts)).isEqualTo(3);
        assertThat(recorder.validated).hasSize(9); // three rows, three validators each
        assertThat(validatedWhenFirstHeard[0]).isEqualTo(9);
        assertThat(recorder.changed).hasSize(9);
        Stage s1 = stages.get(0);
        assertThat(notes(s1.slots)).containsExactly("late", "early").inOrder();
        assertThat(s1.slots.get(0).rank).isEqualTo(0);
        assertThat(s1.slots.get(1).rank).isEqualTo(1);
        Slot solo = stages.get(1).slots.get(0);
        assertThat(recorder.changed).containsAtLeast("S2 +" + solo, solo + " +S2", "a1 +" + solo).inOrder();
    }

    @Test
    void aRefusalAtAnyRowOnEitherSideLeavesEveryObjectAsBefore() throws SQLException {
        for (String side : new String[] {"S1 +", "S2 +", "a1 +", "a2 +"}) {
            fresh();
            recorder.refuse = change -> change.startsWith(side);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> EvSlotsTable.loadLinks(connection, stages, acts));
            assertThat(thrown).hasMessageThat().startsWith("refused " + side);
            for (Stage stage : stages) {
                assertThat(stage.slots).isEmpty();
            }
            for (Act act : acts) {
                assertThat(act.slots).isEmpty();
            }
            assertThat(recorder.changed).isEmpty();
        }
    }

    @Test
    void pairsAssociatedAlreadyAreNeitherValidatedNorHeardAgain() throws SQLException {
        fresh();
        assertThat(EvSlotsTable.loadLinks(connection, stages, acts)).isEqualTo(3);
        recorder.clear();
        recorder.refuse = change -> true;
        assertThat(EvSlotsTable.loadLinks(connection, stages, acts)).isEqualTo(0);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }
}
