package dev.relate.examples.runtime.maps;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live {@code NavigableMap} view of a {@code TreeMap} end: navigation reads, and every path that removes unlinks. */
class NavigableMapEndTest {
    private final Case bookcase = new Case();
    private final List<Volume> volumes = new ArrayList<>();

    @BeforeEach
    void fill() {
        for (int number = 1; number <= 6; number++) {
            Volume volume = new Volume(number);
            volumes.add(volume);
            VolumeRelations.setBookcase(volume, bookcase);
        }
    }

    @AfterEach
    void bothEndsAgree() {
        Invariants.assertOneToMany("Case.volumes/Volume.bookcase", List.of(bookcase), volumes,
                c -> c.volumes.values(), v -> v.bookcase);
    }

    @Test
    void navigationReadsTheField() {
        NavigableMap<Integer, Volume> view = CaseRelations.volumes(bookcase);
        assertThat(view.floorKey(0)).isNull();
        assertThat(view.ceilingEntry(3).getValue()).isSameInstanceAs(volumes.get(2));
        assertThat(view.lowerKey(3)).isEqualTo(2);
        assertThat(view.higherEntry(6)).isNull();
        assertThat(view.descendingMap().firstKey()).isEqualTo(6);
        assertThat(view.headMap(3, true).keySet()).containsExactly(1, 2, 3).inOrder();
        assertThat(view.descendingKeySet()).containsExactly(6, 5, 4, 3, 2, 1).inOrder();
        assertThrows(UnsupportedOperationException.class, () -> view.firstEntry().setValue(volumes.get(4)));
    }

    @Test
    void pollingAndTheKeySetsUnlinkWhatTheyTakeOut() {
        NavigableMap<Integer, Volume> view = CaseRelations.volumes(bookcase);
        Map.Entry<Integer, Volume> first = view.pollFirstEntry();
        assertThat(first.getValue().bookcase).isNull();
        assertThat(view.descendingMap().pollFirstEntry().getValue().bookcase).isNull(); // volume 6
        NavigableSet<Integer> keys = view.navigableKeySet();
        assertThat(keys.pollFirst()).isEqualTo(2);
        assertThat(volumes.get(1).bookcase).isNull();
        keys.tailSet(5, true).clear();
        assertThat(volumes.get(4).bookcase).isNull();
        Iterator<Integer> descending = keys.descendingIterator();
        assertThat(descending.next()).isEqualTo(4);
        descending.remove();
        assertThat(volumes.get(3).bookcase).isNull();
        assertThat(bookcase.volumes.keySet()).containsExactly(3);
        assertThat(volumes.get(2).bookcase).isSameInstanceAs(bookcase);
    }

    @Test
    void aRangeRefusesAKeyOutsideItAndChangesNothing() {
        Volume nine = new Volume(9);
        volumes.add(nine);
        NavigableMap<Integer, Volume> low = CaseRelations.volumes(bookcase).headMap(4, false);
        assertThrows(IllegalArgumentException.class, () -> low.put(9, nine));
        assertThat(nine.bookcase).isNull();
        assertThat(bookcase.volumes).hasSize(6);
        CaseRelations.volumes(bookcase).tailMap(4, true).put(9, nine);
        assertThat(nine.bookcase).isSameInstanceAs(bookcase);
    }
}
