package dev.relate.examples.runtime.positions.associations;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code position = ...} on the lists of association objects: linking, unlinking, moving, the live
 * views and detach keep both ranks of every placing equal to its index in each owner's list, write
 * the ranks of what moved and only those, give a placing that is linked to nothing -1, and change
 * nothing when a write throws.
 */
class AssociationPositionsTest {
    private final Chart top = new Chart(1);
    private final Chart new_ = new Chart(2);
    private final Record r1 = new Record(1);
    private final Record r2 = new Record(2);
    private final Record r3 = new Record(3);
    private final List<Placing> placings = new ArrayList<>();
    private Placing a;
    private Placing b;
    private Placing c;

    private Placing link(Chart chart, Record record) {
        Placing placing = PlacingRelations.link(chart, record);
        placings.add(placing);
        return placing;
    }

    private static List<Integer> ranks(List<Placing> list) {
        List<Integer> ranks = new ArrayList<>();
        for (Placing placing : list) {
            ranks.add(placing.getRank());
        }
        return ranks;
    }

    private static List<Integer> recordRanks(List<Placing> list) {
        List<Integer> ranks = new ArrayList<>();
        for (Placing placing : list) {
            ranks.add(placing.recordRank);
        }
        return ranks;
    }

    @BeforeEach
    void threeRecordsOnTheTopChart() {
        a = link(top, r1);
        b = link(top, r2);
        c = link(top, r3);
        Placing.writes = 0;
    }

    @AfterEach
    void ranksAreIndexes() {
        List<Chart> charts = List.of(top, new_);
        List<Record> records = List.of(r1, r2, r3);
        Invariants.assertOneToMany("Chart.placings", charts, placings, ch -> ch.placings, p -> p.chart);
        Invariants.assertOneToMany("Record.placings", records, placings, r -> r.placings, p -> p.record);
        Invariants.assertPositions("Placing.rank", charts, placings, ch -> ch.placings, p -> p.chart,
                Placing::getRank);
        Invariants.assertPositions("Placing.recordRank", records, placings, r -> r.placings, p -> p.record,
                p -> p.recordRank);
    }

    @Test
    void linkingAppendsAndWritesTheNewPlacingsRanksOnly() {
        assertThat(ranks(top.placings)).containsExactly(0, 1, 2).inOrder();
        Placing d = link(new_, r1);
        assertThat(d.getRank()).isEqualTo(0);
        assertThat(d.recordRank).isEqualTo(1);
        assertThat(Placing.writes).isEqualTo(1);
        assertThat(a.recordRank).isEqualTo(0); // a stayed first among r1's placings
    }

    @Test
    void unlinkingRenumbersWhatFollowedOnBothSides() {
        Placing d = link(new_, r2);
        Placing.writes = 0;
        PlacingRelations.unlink(top, r2);
        assertThat(top.placings).containsExactly(a, c).inOrder();
        assertThat(b.getRank()).isEqualTo(-1);
        assertThat(b.recordRank).isEqualTo(-1);
        assertThat(d.recordRank).isEqualTo(0);
        assertThat(Placing.writes).isEqualTo(2); // b and c; a did not move
    }

    @Test
    void theLiveViewInsertsRemovesSetsAndSorts() {
        List<Placing> view = ChartRelations.placings(top);
        Placing d = new Placing();
        PlacingRelations.setRecord(d, r1);
        placings.add(d);
        Placing.writes = 0;
        view.add(1, d);
        assertThat(top.placings).containsExactly(a, d, b, c).inOrder();
        assertThat(Placing.writes).isEqualTo(3); // d, b and c
        view.remove(0);
        assertThat(a.chart).isNull();
        assertThat(a.getRank()).isEqualTo(-1);
        assertThat(ranks(top.placings)).containsExactly(0, 1, 2).inOrder();
        view.sort(Comparator.comparing((Placing p) -> p.record.id).reversed());
        assertThat(top.placings).containsExactly(c, b, d).inOrder();
        int before = Placing.writes;
        view.sort(Comparator.comparing((Placing p) -> p.record.id).reversed());
        assertThat(Placing.writes).isEqualTo(before); // in order already: nothing moved
        Collections.swap(view, 0, 2);
        assertThat(top.placings).containsExactly(d, b, c).inOrder();
        assertThat(Placing.writes).isEqualTo(before + 2);
        Placing e = new Placing();
        placings.add(e);
        view.set(1, e);
        assertThat(top.placings).containsExactly(d, e, c).inOrder();
        assertThat(b.chart).isNull();
        assertThat(b.getRank()).isEqualTo(-1);
        assertThat(e.getRank()).isEqualTo(1);
    }

    @Test
    void reorderingTheRecordsSideWritesOnlyItsOwnRank() {
        Placing d = link(new_, r1);
        Placing.writes = 0;
        RecordRelations.setPlacings(r1, List.of(d, a));
        assertThat(recordRanks(r1.placings)).containsExactly(0, 1).inOrder();
        assertThat(d.recordRank).isEqualTo(0);
        assertThat(Placing.writes).isEqualTo(0); // the chart ranks did not move
    }

    @Test
    void movingAPlacingToAnotherChartRenumbersBoth() {
        link(new_, r3);
        Placing.writes = 0;
        PlacingRelations.setChart(a, new_);
        assertThat(top.placings).containsExactly(b, c).inOrder();
        assertThat(a.getRank()).isEqualTo(1);
        assertThat(Placing.writes).isEqualTo(3); // b and c on the top chart, a on the new one
    }

    @Test
    void detachingAChartUnlinksEveryPlacingFromBothSides() {
        ChartRelations.detach(top);
        for (Placing placing : List.of(a, b, c)) {
            assertThat(placing.getRank()).isEqualTo(-1);
            assertThat(placing.recordRank).isEqualTo(-1);
        }
        assertThat(r1.placings).isEmpty();
    }

    @Test
    void detachingARecordRenumbersTheChart() {
        RecordRelations.detach(r1);
        assertThat(top.placings).containsExactly(b, c).inOrder();
        assertThat(ranks(top.placings)).containsExactly(0, 1).inOrder();
    }

    @Test
    void aRankWriteThatThrowsChangesNothing() {
        c.refuse = true;
        try {
            assertThrows(IllegalStateException.class, () -> PlacingRelations.unlink(a));
        } finally {
            c.refuse = false;
        }
        assertThat(top.placings).containsExactly(a, b, c).inOrder();
        assertThat(r1.placings).containsExactly(a);
        assertThat(ranks(top.placings)).containsExactly(0, 1, 2).inOrder();
        assertThat(a.recordRank).isEqualTo(0);
    }
}
