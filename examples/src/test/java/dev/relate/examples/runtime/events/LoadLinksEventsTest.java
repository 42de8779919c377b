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
 * {@code loadLinks} on H2 into objects whose end a class validates and listens to ({@code Lab.staff},
 * stored in {@code ev_staff}): the load is one operation, each row validated before it links, a
 * refusal at any row unlinks every link made before it, and the listeners run once, after the last row.
 */
class LoadLinksEventsTest {
    private final Recorder recorder = new Recorder();
    private Connection connection;

    @BeforeEach
    void saveTwoScientistsInTwoLabs() throws SQLException {
        connection = TestDatabase.H2.open();
        EvStaffTable.createTable(connection);
        Recorder saving = new Recorder();
        Scientist s1 = new Scientist("s1", saving);
        Scientist s2 = new Scientist("s2", saving);
        Lab l1 = new Lab("L1", saving);
        Lab l2 = new Lab("L2", saving);
        ScientistRelations.setLabs(s1, List.of(l1, l2));
        ScientistRelations.addToLabs(s2, l1);
        assertThat(EvStaffTable.saveLinks(connection, List.of(s1, s2))).isEqualTo(3);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        assertThat(recorder.disagreements).isEmpty();
    }

    private final List<Scientist> scientists = new ArrayList<>();
    private final List<Lab> labs = new ArrayList<>();

    /** Fresh objects with the saved ids, linked to nothing. */
    private void fresh() {
        scientists.add(new Scientist("s1", recorder));
        scientists.add(new Scientist("s2", recorder));
        labs.add(new Lab("L1", recorder));
        labs.add(new Lab("L2", recorder));
    }

    @Test
    void everyRowIsValidatedAndTheListenersRunAfterTheLastRow() throws SQLException {
        fresh();
        int[] validatedWhenFirstHeard = {-1};
        recorder.failListener = change -> {
            if (validatedWhenFirstHeard[0] < 0) {
                validatedWhenFirstHeard[0] = recorder.validated.size();
            }
            return false;
        };
        assertThat(EvStaffTable.loadLinks(connection, scientists, labs)).isEqualTo(3);
        assertThat(recorder.validated).containsExactly("L1 +s1", "L2 +s1", "L1 +s2").inOrder();
        assertThat(validatedWhenFirstHeard[0]).isEqualTo(3);
        assertThat(recorder.changed).containsExactly("s1 +L1", "L1 +s1", "s1 +L2", "L2 +s1", "s2 +L1", "L1 +s2")
                .inOrder();
        assertThat(labs.get(0).staff).containsExactly(scientists.get(0), scientists.get(1)).inOrder();
        assertThat(scientists.get(0).labs).containsExactly(labs.get(0), labs.get(1)).inOrder();
    }

    @Test
    void aRefusalAtAnyRowLeavesEveryObjectAsBefore() throws SQLException {
        for (String refused : new String[] {"L1 +s1", "L2 +s1", "L1 +s2"}) {
            scientists.clear();
            labs.clear();
            recorder.clear();
            fresh();
            recorder.refuse = refused::equals;
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> EvStaffTable.loadLinks(connection, scientists, labs));
            assertThat(thrown).hasMessageThat().isEqualTo("refused " + refused);
            for (Scientist scientist : scientists) {
                assertThat(scientist.labs).isEmpty();
            }
            for (Lab lab : labs) {
                assertThat(lab.staff).isEmpty();
            }
            assertThat(recorder.changed).isEmpty();
        }
    }

    @Test
    void linksThatExistAlreadyStayAndAreNotHeardAgain() throws SQLException {
        fresh();
        ScientistRelations.addToLabs(scientists.get(1), labs.get(0));
        recorder.clear();
        recorder.refuse = "L1 +s2"::equals; // would refuse the row, but the link exists: no validation
        assertThat(EvStaffTable.loadLinks(connection, scientists, labs)).isEqualTo(2);
        assertThat(recorder.validated).containsExactly("L1 +s1", "L2 +s1").inOrder();
        assertThat(labs.get(0).staff).containsExactly(scientists.get(1), scientists.get(0)).inOrder();

        recorder.refuse = change -> true;
        recorder.clear();
        assertThat(EvStaffTable.loadLinks(connection, scientists, labs)).isEqualTo(0);
        assertThat(recorder.changed).isEmpty();
    }
}
