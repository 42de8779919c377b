package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random sequences of operations, through every path, on an association object ({@code Slot}
 * linking {@code Stage.slots}, a list keeping ranks, with {@code Act.slots}, a set; both collections
 * and the association's {@code stage} end validated and listened to). After each operation that
 * succeeded, the listeners' log is exactly the difference between the links before and after (each
 * link and unlink once per declared end), every change was validated once, no listener ran while
 * two ends disagreed, both ends of every pair agree and every rank is its slot's index. When a
 * validator refuses (at random, the k-th change of an operation), or the operation throws for
 * another reason, every field is as before and no listener ran.
 */
class AssociationEventsPropertyTest {
    @Property(tries = 300, seed = "6122026134100016")
    void listenersSeeExactlyTheChangesAndRefusalsChangeNothing(@ForAll long seed) {
        new World(new Random(seed)).run();
    }

    private static final class World extends EventsWorld {
        final List<Stage> stages = new ArrayList<>();
        final List<Act> acts = new ArrayList<>();
        final List<Slot> slots = new ArrayList<>();

        World(Random random) {
            super(random, 21, false);
            Slot.recorder = recorder;
            for (int i = 1; i <= 3; i++) {
                stages.add(new Stage(i, recorder));
                acts.add(new Act(i, recorder));
            }
            for (int i = 0; i < 4; i++) {
                slots.add(new Slot());
            }
        }

        @Override
        boolean refusedBeforeAnyChange(RuntimeException e) {
            return super.refusedBeforeAnyChange(e) || e instanceof IndexOutOfBoundsException;
        }

        @Override
        void checkAfter(String done) {
            assertWithMessage("ends after %s", done).that(disagreements()).isEmpty();
        }

        /**
         * The changes, one per declared end, that linking or unlinking a pair makes: {@code "S1|x3"}
         * is heard by the stage and by the slot, {@code "a1|x3"} by the act alone.
         */
        @Override
        List<String> events(String pair, boolean linked) {
            String[] parts = pair.split("\\|");
            String sign = linked ? " +" : " -";
            if (parts[0].startsWith("a")) {
                return List.of(parts[0] + sign + parts[1]);
            }
            return List.of(parts[0] + sign + parts[1], parts[1] + sign + parts[0]);
        }

        /** Every link, as {@code "S1|x3"} and {@code "a2|x3"}, read from the owners' collections. */
        @Override
        Set<String> pairs() {
            Set<String> pairs = new TreeSet<>();
            for (Stage stage : stages) {
                for (Slot slot : stage.slots) {
                    pairs.add(stage + "|" + slot);
                }
            }
            for (Act act : acts) {
                for (Slot slot : act.slots) {
                    pairs.add(act + "|" + slot);
                }
            }
            return pairs;
        }

        /** Where the two ends of a pair disagree, or a rank is not its slot's index. */
        List<String> disagreements() {
            List<String> found = new ArrayList<>();
            for (Stage stage : stages) {
                for (int i = 0; i < stage.slots.size(); i++) {
                    Slot slot = stage.slots.get(i);
                    if (slot.stage != stage || slot.rank != i) {
                        found.add(stage + " holds " + slot + " at " + i + ", rank " + slot.rank);
                    }
                }
            }
            for (Act act : acts) {
                for (Slot slot : act.slots) {
                    if (slot.act != act) {
                        found.add(act + " holds " + slot);
                    }
                }
            }
            for (Slot slot : slots) {
                if (slot.stage != null && !slot.stage.slots.contains(slot)
                        || slot.act != null && !slot.act.slots.contains(slot)) {
                    found.add(slot + " points at an owner that does not hold it");
                }
                if (slot.stage == null && slot.rank != -1) {
                    found.add(slot + " has rank " + slot.rank + " on no stage");
                }
            }
            return found;
        }

        /** Every field of every object, in order. */
        @Override
        String state() {
            StringBuilder state = new StringBuilder();
            for (Stage stage : stages) {
                state.append(stage).append(stage.slots).append(';');
            }
            for (Act act : acts) {
                state.append(act).append(act.slots).append(';');
            }
            for (Slot slot : slots) {
                state.append(slot).append('>').append(slot.stage).append(',').append(slot.act).append('#')
                        .append(slot.rank).append(';');
            }
            return state.toString();
        }

        private int index(List<?> list, int extra) {
            return random.nextInt(list.size() + extra + 1) - (random.nextInt(8) == 0 ? 1 : 0);
        }

        @Override
        String step(int kind) {
            Stage stage = Choices.pick(random, stages);
            Act act = Choices.pick(random, acts);
            Slot slot = Choices.pick(random, slots);
            List<Slot> view = StageRelations.slots(stage);
            switch (kind) {
                case 0 -> slots.add(SlotRelations.link(stage, act));
                case 1 -> SlotRelations.link(stage, act, slot);
                case 2 -> SlotRelations.unlink(slot);
                case 3 -> SlotRelations.unlink(stage, act);
                case 4 -> {
                    StageRelations.actOfSlots(stage).add(act);
                    slots.add(stage.slots.get(stage.slots.size() - 1));
                }
                case 5 -> StageRelations.actOfSlots(stage).remove(act);
                case 6 -> StageRelations.actOfSlots(stage).removeIf(each -> random.nextBoolean());
                case 7 -> ActRelations.stageOfSlots(act).clear();
                case 8 -> ActRelations.stageOfSlots(act).retainAll(Choices.subset(random, stages));
                case 9 -> view.add(slot);
                case 10 -> ActRelations.slots(act).remove(slot);
                case 11 -> StageRelations.setSlots(stage, Choices.subset(random, slots));
                case 12 -> StageRelations.detach(stage);
                case 13 -> ActRelations.detach(act);
                case 14 -> SlotRelations.detach(slot);
                case 15 -> SlotRelations.setStage(slot, random.nextInt(4) == 0 ? null : stage);
                case 16 -> SlotRelations.setAct(slot, random.nextInt(4) == 0 ? null : act);
                case 17 -> view.clear();
                case 18 -> view.remove(index(view, -1));
                case 19 -> view.set(index(view, -1), slot);
                case 20 -> ActRelations.setSlots(act, Choices.subset(random, slots));
                default -> throw new AssertionError(kind);
            }
            return "operation " + kind + " on " + stage + ", " + act + ", " + slot;
        }
    }
}
