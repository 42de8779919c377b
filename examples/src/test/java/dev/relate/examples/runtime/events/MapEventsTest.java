package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on a map-keyed one-to-many ({@code Drawer.folders}, keyed
 * by {@code Folder.label}) whose two ends both declare them: a put that displaces an element is an
 * unlink of it and a link of the new one, a rekey is no change of any link, every path calls them
 * once per change, and a refusal changes nothing.
 */
class MapEventsTest {
    private final Recorder recorder = new Recorder();
    private final Drawer d1 = new Drawer("D1", recorder);
    private final Drawer d2 = new Drawer("D2", recorder);
    private final Folder f1 = new Folder("f1", "a", recorder);
    private final Folder f2 = new Folder("f2", "b", recorder);
    private final Folder f3 = new Folder("f3", "c", recorder);

    @AfterEach
    void listenersSawBothEndsAgree() {
        assertThat(recorder.disagreements).isEmpty();
    }

    private void d1HoldsThree() {
        DrawerRelations.setFolders(d1, Arrays.asList(f1, f2, f3));
        recorder.clear();
    }

    private void assertD1HoldsThree() {
        assertThat(d1.folders).containsExactly("a", f1, "b", f2, "c", f3).inOrder();
        assertThat(f1.drawer).isSameInstanceAs(d1);
        assertThat(f2.drawer).isSameInstanceAs(d1);
        assertThat(f3.drawer).isSameInstanceAs(d1);
        assertThat(d2.folders).isEmpty();
    }

    @Test
    void addCallsBothEndsValidatorsThenListeners() {
        assertThat(DrawerRelations.addToFolders(d1, f1)).isTrue();
        assertThat(recorder.validated).containsExactly("D1 +f1", "f1 +D1").inOrder();
        assertThat(recorder.changed).containsExactly("D1 +f1", "f1 +D1").inOrder();
        recorder.clear();
        assertThat(DrawerRelations.addToFolders(d1, f1)).isFalse();
        assertThat(recorder.validated).isEmpty();
    }

    @Test
    void aPutThatDisplacesAnElementUnlinksItThenLinksTheNewOne() {
        d1HoldsThree();
        Folder other = new Folder("g", "a", recorder);
        assertThat(DrawerRelations.folders(d1).put("a", other)).isSameInstanceAs(f1);
        assertThat(recorder.validated).containsExactly("D1 -f1", "f1 -D1", "D1 +g", "g +D1").inOrder();
        assertThat(recorder.changed).containsExactly("D1 -f1", "f1 -D1", "D1 +g", "g +D1").inOrder();
        assertThat(f1.drawer).isNull();

        recorder.clear();
        recorder.refuse = "D1 +f1"::equals;
        assertThrows(IllegalStateException.class, () -> DrawerRelations.addToFolders(d1, f1));
        assertThat(d1.folders.get("a")).isSameInstanceAs(other);
        assertThat(other.drawer).isSameInstanceAs(d1);
        assertThat(f1.drawer).isNull();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aMoveIsAnUnlinkSeenByTheOldOwnerThenALinkSeenByTheNewOne() {
        d1HoldsThree();
        FolderRelations.setDrawer(f2, d2);
        assertThat(recorder.changed).containsExactly("D1 -f2", "f2 -D1", "D2 +f2", "f2 +D2").inOrder();
        recorder.clear();
        recorder.refuse = "D2 -f2"::equals;
        assertThrows(IllegalStateException.class, () -> DrawerRelations.addToFolders(d1, f2));
        assertThat(d2.folders).containsExactly("b", f2);
        assertThat(d1.folders).doesNotContainKey("b");
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aRekeyChangesNoLinkAndCallsNothing() {
        d1HoldsThree();
        f1.label = "z";
        assertThat(DrawerRelations.rekeyInFolders(d1, f1)).isTrue();
        assertThat(d1.folders.get("z")).isSameInstanceAs(f1);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void removalsThroughTheViewsAndARefusalChangesNothing() {
        d1HoldsThree();
        NavigableMap<String, Folder> view = DrawerRelations.folders(d1);
        assertThat(view.remove("a")).isSameInstanceAs(f1);
        assertThat(recorder.changed).containsExactly("D1 -f1", "f1 -D1").inOrder();

        d1HoldsThree();
        recorder.refuse = "f3 -D1"::equals;
        assertThrows(IllegalStateException.class, view::clear);
        assertThrows(IllegalStateException.class, () -> view.values().removeIf(folder -> true));
        assertThrows(IllegalStateException.class, () -> view.keySet().retainAll(Arrays.asList("a")));
        assertThrows(IllegalStateException.class, () -> view.tailMap("b", true).clear());
        assertThrows(IllegalStateException.class, () -> DrawerRelations.setFolders(d1, Arrays.asList(f1)));
        assertThrows(IllegalStateException.class, () -> DrawerRelations.detach(d1));
        assertThrows(IllegalStateException.class, () -> FolderRelations.detach(f3));
        assertD1HoldsThree();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        Iterator<Map.Entry<String, Folder>> it = view.entrySet().iterator();
        it.next();
        it.remove();
        assertThat(recorder.changed).containsExactly("D1 -f1", "f1 -D1").inOrder();
        recorder.clear();
        view.headMap("c").clear();
        assertThat(recorder.changed).containsExactly("D1 -f2", "f2 -D1").inOrder();
        assertThat(d1.folders).containsExactly("c", f3);
    }

    @Test
    void eachValidatorOfABulkOperationSeesTheStepsBeforeItDone() {
        d1HoldsThree();
        recorder.refuse = change -> change.equals("D2 +f2") && d2.folders.containsValue(f1);
        assertThrows(IllegalStateException.class, () -> DrawerRelations.folders(d2)
                .putAll(new TreeMap<>(Map.of("a", f1, "b", f2))));
        assertD1HoldsThree();
        assertThat(recorder.changed).isEmpty();
        assertThrows(IllegalStateException.class, () -> DrawerRelations.setFolders(d2, Arrays.asList(f1, f2)));
        assertD1HoldsThree();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        DrawerRelations.setFolders(d2, Arrays.asList(f1, f2));
        assertThat(recorder.changed).containsExactly("D1 -f1", "f1 -D1", "D2 +f1", "f1 +D2", "D1 -f2", "f2 -D1",
                "D2 +f2", "f2 +D2").inOrder();
        assertThat(d2.folders).containsExactly("a", f1, "b", f2).inOrder();
        assertThat(d1.folders).containsExactly("c", f3);
    }

    @Test
    void detachAndAListenerThatThrows() {
        d1HoldsThree();
        recorder.failListener = "D1 -f1"::equals;
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> DrawerRelations.detach(d1));
        assertThat(failed).hasMessageThat().isEqualTo("listener failed on D1 -f1");
        assertThat(d1.folders).isEmpty();
        assertThat(f1.drawer).isNull();
        assertThat(recorder.changed).containsExactly("D1 -f1", "f1 -D1", "D1 -f2", "f2 -D1", "D1 -f3", "f3 -D1")
                .inOrder();
    }
}
