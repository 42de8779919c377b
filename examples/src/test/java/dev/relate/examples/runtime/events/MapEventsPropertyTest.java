package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random sequences of operations, through every path, on a map-keyed one-to-many
 * ({@code Drawer.folders} keyed by {@code Folder.label}, both ends validated and listened to), with
 * labels that repeat (so puts displace) and change (so rekeys happen). After each operation that
 * succeeded, the listeners' log is exactly the difference between the links before and after, every
 * change was validated once, and no listener ran while the ends disagreed; when a validator refuses
 * (at random), or the operation throws for another reason, every field is as before and no listener
 * ran.
 */
class MapEventsPropertyTest {
    private static final List<String> LABELS = List.of("a", "b", "c");

    @Property(tries = 300, seed = "6122026140100015")
    void listenersSeeExactlyTheChangesAndRefusalsChangeNothing(@ForAll long seed) {
        new World(new Random(seed)).run();
    }

    private static final class World extends EventsWorld {
        final List<Drawer> drawers = new ArrayList<>();
        final List<Folder> folders = new ArrayList<>();

        World(Random random) {
            super(random, 20, false);
            for (String name : List.of("D1", "D2", "D3")) {
                drawers.add(new Drawer(name, recorder));
            }
            for (int i = 0; i < 6; i++) {
                folders.add(new Folder("f" + i, LABELS.get(random.nextInt(LABELS.size())), recorder));
            }
        }

        @Override
        void betweenSteps() {
            if (random.nextInt(5) == 0) {
                // written directly, between operations: a map keeps the folder under its old key until a rekey
                Choices.pick(random, folders).label = Choices.pick(random, LABELS);
            }
        }

        @Override
        void checkAfter(String done) {
            for (Folder folder : folders) {
                boolean held = folder.drawer != null && folder.drawer.folders.containsValue(folder);
                assertWithMessage("%s after %s", folder, done).that(held).isEqualTo(folder.drawer != null);
            }
        }

        /** Every link, as {@code "D1|f3"}, read from the maps. */
        @Override
        Set<String> pairs() {
            Set<String> pairs = new TreeSet<>();
            for (Drawer drawer : drawers) {
                for (Folder folder : drawer.folders.values()) {
                    pairs.add(drawer + "|" + folder);
                }
            }
            return pairs;
        }

        /** Every field of every object, in order. */
        @Override
        String state() {
            StringBuilder state = new StringBuilder();
            for (Drawer drawer : drawers) {
                state.append(drawer).append(drawer.folders).append(';');
            }
            for (Folder folder : folders) {
                state.append(folder).append('>').append(folder.drawer).append(':').append(folder.label).append(';');
            }
            return state.toString();
        }

        /** A subset with distinct labels, which {@code setFolders} takes. */
        private List<Folder> distinctLabels() {
            List<Folder> chosen = new ArrayList<>();
            Set<String> labels = new TreeSet<>();
            for (Folder folder : Choices.subset(random, folders)) {
                if (labels.add(folder.label)) {
                    chosen.add(folder);
                }
            }
            return chosen;
        }

        @Override
        String step(int kind) {
            Drawer drawer = Choices.pick(random, drawers);
            Folder folder = Choices.pick(random, folders);
            String label = Choices.pick(random, LABELS);
            NavigableMap<String, Folder> view = DrawerRelations.folders(drawer);
            switch (kind) {
                case 0 -> DrawerRelations.addToFolders(drawer, folder);
                case 1 -> DrawerRelations.removeFromFolders(drawer, folder);
                case 2 -> FolderRelations.setDrawer(folder, random.nextInt(4) == 0 ? null : drawer);
                case 3 -> view.put(folder.label, folder);
                case 4 -> view.remove(label);
                case 5 -> view.clear();
                case 6 -> view.values().removeIf(each -> random.nextBoolean());
                case 7 -> view.keySet().retainAll(Choices.subset(random, LABELS));
                case 8 -> {
                    Iterator<Map.Entry<String, Folder>> it = view.entrySet().iterator();
                    if (it.hasNext()) {
                        it.next();
                        it.remove();
                    }
                }
                case 9 -> view.headMap(label, random.nextBoolean()).clear();
                case 10 -> {
                    Map<String, Folder> more = new LinkedHashMap<>();
                    for (Folder each : Choices.subset(random, folders)) {
                        more.put(each.label, each);
                    }
                    view.putAll(more);
                    return "putAll " + more + " into " + drawer;
                }
                case 11 -> DrawerRelations.setFolders(drawer, distinctLabels());
                case 12 -> DrawerRelations.detach(drawer);
                case 13 -> FolderRelations.detach(folder);
                case 14 -> DrawerRelations.rekeyInFolders(drawer, folder);
                case 15 -> view.values().remove(folder);
                case 16 -> view.tailMap(label, true).entrySet().removeIf(entry -> random.nextBoolean());
                case 17 -> {
                    Map.Entry<String, Folder> first = view.firstEntry();
                    if (first != null && folder.label.equals(first.getKey())) {
                        view.entrySet().iterator().next().setValue(folder);
                    }
                }
                case 18 -> view.pollFirstEntry();
                case 19 -> view.replace(folder.label, folder);
                default -> throw new AssertionError(kind);
            }
            return "operation " + kind + " on " + drawer + ", " + folder + ", " + label;
        }
    }
}
