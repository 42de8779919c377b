package dev.relate.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.runtime.BoxWorld.Faults;
import dev.relate.runtime.BoxWorld.FaultyList;
import dev.relate.runtime.BoxWorld.FaultyMap;
import dev.relate.runtime.FieldEnds.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The paths that ends no class observes take, where they are not the collection ends' (which
 * {@code ShortPathsPropertyTest} covers), against the paths the same ends take when a class listens
 * to them (here a listener that does nothing): a one-to-one's {@link OneToOneEnd#set} from both
 * sides, a map-keyed one-to-many's and a map-keyed many-to-many's puts ({@code add} and the view's
 * {@code put}), removes ({@code remove}, the view's {@code remove} by key), rekeys and, on the
 * one-to-many, the scalar side's {@code assign}, and a one-to-many's {@link CollectionEnd#assign}
 * (moves and {@code null}). Two worlds built alike, one with plain ends and one with listened ends,
 * get the same random operations, and after each the answers (a value, or an exception of the same
 * class and message) and every field of every object agree. Keys repeat (so puts displace) and are
 * rewritten between operations (so elements sit under old keys, and rekeys move them). Faults are
 * armed per step, on what a step must touch in either path: writing a given object (or {@code null})
 * to an end, a map's {@code put} of the step's element or any {@code remove}, a collection's
 * {@code add} or {@code remove} of the step's box (the faults and list of
 * {@code ShortPathsPropertyTest}); a step that throws must leave every field as it was, and one that
 * does not must leave both ends of every relationship agreeing.
 */
class UnobservedPathsPropertyTest {
    private static final int BOXES = 3;
    private static final int THINGS = 6;
    private static final int KEYS = 3;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong THROWN = new AtomicLong();
    private static final AtomicLong CHANGED = new AtomicLong();

    /** One step: what to do, on which box and thing, which fault is armed, and a key. */
    record Op(int kind, int box, int thing, int fault, int key) {
        @Override
        public String toString() {
            return KINDS[kind].name() + "(box" + box + ", thing" + thing + ", key " + key + ", fault "
                    + FAULTS[fault] + ")";
        }
    }

    /** A kind of step: its name, and what it does in a world to the step's box, thing and key. */
    record Kind(String name, Action action) {
    }

    /** What a kind of step does; it answers what the operation returned, or a word where it returns nothing. */
    interface Action {
        Object run(World world, Box box, Thing thing, int key);
    }

    private static final Kind[] KINDS = {
        new Kind("setPartner", (world, box, thing, key) -> done(() -> world.partner.set(box, thing), "set")),
        new Kind("clearPartner", (world, box, thing, key) -> done(() -> world.partner.set(box, null), "cleared")),
        new Kind("setPartnerOf", (world, box, thing, key) -> done(() -> world.partnerOf.set(thing, box), "set")),
        new Kind("clearPartnerOf",
                (world, box, thing, key) -> done(() -> world.partnerOf.set(thing, null), "cleared")),
        new Kind("addSlot", (world, box, thing, key) -> world.slots.add(box, thing)),
        new Kind("removeSlot", (world, box, thing, key) -> world.slots.remove(box, thing)),
        new Kind("rekeySlot", (world, box, thing, key) -> world.slots.rekey(box, thing)),
        new Kind("assignSlot", (world, box, thing, key) -> done(() -> world.slots.assign(thing, box), "assigned")),
        new Kind("assignSlotNull",
                (world, box, thing, key) -> done(() -> world.slots.assign(thing, null), "cleared")),
        new Kind("putSlot", (world, box, thing, key) -> world.slots.put(box, box.slots, key, thing)),
        new Kind("removeSlotKey", (world, box, thing, key) -> world.slots.removeKey(box, box.slots, key)),
        new Kind("addTag", (world, box, thing, key) -> world.tags.add(box, thing)),
        new Kind("removeTag", (world, box, thing, key) -> world.tags.remove(box, thing)),
        new Kind("rekeyTag", (world, box, thing, key) -> world.tags.rekey(box, thing)),
        new Kind("putTag", (world, box, thing, key) -> world.tags.put(box, box.tags, key, thing)),
        new Kind("removeTagKey", (world, box, thing, key) -> world.tags.removeKey(box, box.tags, key)),
        new Kind("assignItem", (world, box, thing, key) -> done(() -> world.items.assign(thing, box), "assigned")),
        new Kind("assignItemNull",
                (world, box, thing, key) -> done(() -> world.items.assign(thing, null), "cleared")),
        new Kind("removeStranger",
                (world, box, thing, key) -> world.slots.remove(box, "a stranger") + " " + world.tags.remove(box, box)),
        // written directly, between operations: the maps keep the thing under its old key
        new Kind("writeKey", (world, box, thing, key) -> done(() -> thing.key = key, "written"))
    };

    /** Runs {@code operation}, which returns nothing, and answers {@code word}. */
    private static String done(Runnable operation, String word) {
        operation.run();
        return word;
    }
    private static final String[] FAULTS = {
        "none", "none", "none", "writeBox", "writeThing", "writeNull", "mapPut", "mapRemove", "listAdd",
        "listRemove"
    };

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS.length - 1),
                Arbitraries.integers().between(0, BOXES - 1),
                Arbitraries.integers().between(0, THINGS - 1),
                Arbitraries.integers().between(0, FAULTS.length - 1),
                Arbitraries.integers().between(0, KEYS - 1)).as(Op::new);
        return op.list().ofMinSize(10).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Integer>> shapes() {
        return Arbitraries.integers().between(0, 1).list().ofSize(BOXES * 3);
    }

    @Property(tries = 500, seed = "1612202600000016", shrinking = ShrinkingMode.BOUNDED)
    void thePlainPathsAnswerAndChangeAsTheObservedPaths(@ForAll("shapes") List<Integer> shapes,
            @ForAll("operations") List<Op> ops) {
        World plain = new World(shapes, 0);
        World observed = new World(shapes, OneToOneEnd.LISTENS);
        for (Op op : ops) {
            List<String> before = plain.snapshot();
            assertWithMessage("fields before %s", op).that(observed.snapshot()).isEqualTo(before);
            String plainAnswer = plain.step(op);
            String observedAnswer = observed.step(op);
            STEPS.incrementAndGet();
            assertWithMessage("answer of %s", op).that(plainAnswer).isEqualTo(observedAnswer);
            List<String> after = plain.snapshot();
            assertWithMessage("fields after %s", op).that(after).isEqualTo(observed.snapshot());
            if (plainAnswer.startsWith("threw")) {
                THROWN.incrementAndGet();
                assertWithMessage("fields after %s, which threw", op).that(after).isEqualTo(before);
            } else {
                if (!after.equals(before)) {
                    CHANGED.incrementAndGet();
                }
                plain.checkBothEnds(op);
            }
        }
    }

    @AfterContainer
    static void everyKindOfStepRan() {
        assertWithMessage("steps").that(STEPS.get()).isGreaterThan(5000L);
        assertWithMessage("steps that threw").that(THROWN.get()).isGreaterThan(500L);
        assertWithMessage("steps that changed something").that(CHANGED.get()).isGreaterThan(2000L);
    }

    static final class Box {
        final int id;
        Thing partner;
        Map<Integer, Thing> slots;
        Map<Integer, Thing> tags;
        List<Thing> items;

        Box(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "box" + id;
        }
    }

    static final class Thing {
        final int id;
        Integer key;
        Box partnerOf;
        Box box;
        Collection<Box> boxes;
        Box holder;

        Thing(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "thing" + id;
        }
    }

    /** The boxes and things of one world, and its ends. */
    static final class World {
        final Faults faults = new Faults();
        final Box[] boxes = new Box[BOXES];
        final Thing[] things = new Thing[THINGS];
        final OneToOneEnd<Box, Thing> partner;
        final OneToOneEnd<Thing, Box> partnerOf;
        /** Box.slots, a map-keyed one-to-many by Thing.key, with Thing.box. */
        final OneToManyMapEnd<Box, Integer, Thing, Map<Integer, Thing>> slots;
        /** Box.tags, a map-keyed many-to-many by Thing.key, with Thing.boxes. */
        final ManyToManyMapEnd<Box, Integer, Thing, Map<Integer, Thing>, Collection<Box>> tags;
        /** Box.items, one-to-many, with Thing.holder. */
        final OneToManyEnd<Box, Thing, List<Thing>> items;

        World(List<Integer> shapes, int events) {
            Field<Box, Thing> boxPartner = written(box -> box.partner, (box, thing) -> box.partner = thing);
            Field<Thing, Box> thingPartnerOf = written(thing -> thing.partnerOf,
                    (thing, box) -> thing.partnerOf = box);
            partner = FieldEnds.oneToOne("Box.partner", events, boxPartner, thingPartnerOf);
            partnerOf = FieldEnds.oneToOne("Thing.partnerOf", events, thingPartnerOf, boxPartner);
            slots = FieldEnds.oneToManyMap("Box.slots", Thing.class, "Thing.key", events, box -> box.slots,
                    thing -> thing.key, written(thing -> thing.box, (thing, box) -> thing.box = box));
            tags = FieldEnds.manyToManyMap("Box.tags", Thing.class, "Thing.key", "Thing.boxes", events,
                    box -> box.tags, thing -> thing.key, thing -> thing.boxes);
            items = FieldEnds.oneToMany("Box.items", Thing.class, events, box -> box.items,
                    written(thing -> thing.holder, (thing, box) -> thing.holder = box));
            for (int i = 0; i < BOXES; i++) {
                boxes[i] = new Box(i);
                boxes[i].slots = map(shapes.get(i));
                boxes[i].tags = map(shapes.get(BOXES + i));
                // a plain ArrayList takes the short paths of add and remove, a subclass the general path
                boxes[i].items = shapes.get(2 * BOXES + i) == 0 ? new FaultyList<>(faults) : new ArrayList<>();
            }
            for (int i = 0; i < THINGS; i++) {
                things[i] = new Thing(i);
                things[i].key = i % KEYS;
                things[i].boxes = new FaultyList<>(faults);
            }
        }

        /** A field whose every write first meets the fault armed on writing its value. */
        private <O, V> Field<O, V> written(Function<O, V> read, BiConsumer<O, V> write) {
            return new Field<>(read, (owner, value) -> {
                faults.check("write", value);
                write.accept(owner, value);
            });
        }

        /** A map that can fail, or a sorted one. */
        private Map<Integer, Thing> map(int shape) {
            return shape == 0 ? new FaultyMap<>(faults) : new TreeMap<>();
        }

        String step(Op op) {
            Box box = boxes[op.box()];
            Thing thing = things[op.thing()];
            arm(op, box, thing);
            try {
                return String.valueOf(KINDS[op.kind()].action().run(this, box, thing, op.key()));
            } catch (RuntimeException e) {
                return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
            } finally {
                faults.armed = "none";
            }
        }

        /** Arms the step's fault on what the step must touch. */
        private void arm(Op op, Box box, Thing thing) {
            String fault = FAULTS[op.fault()];
            switch (fault) {
                case "writeBox":
                case "listAdd":
                case "listRemove":
                    faults.argument = box;
                    break;
                case "writeThing":
                case "mapPut":
                    faults.argument = thing;
                    break;
                default:
                    faults.argument = null;
                    break;
            }
            faults.armed = fault.startsWith("write") ? "write" : fault;
        }

        /**
         * What both worlds could get wrong alike: after a step that did not throw, both ends of every
         * relationship agree, and an assigned thing points at the box it was given (or at none).
         */
        void checkBothEnds(Op op) {
            String kind = KINDS[op.kind()].name();
            Thing assigned = things[op.thing()];
            Box given = kind.endsWith("Null") ? null : boxes[op.box()];
            if (kind.startsWith("assignSlot")) {
                assertWithMessage("end of %s after %s", assigned, op).that(assigned.box).isSameInstanceAs(given);
            }
            if (kind.startsWith("assignItem")) {
                assertWithMessage("end of %s after %s", assigned, op).that(assigned.holder).isSameInstanceAs(given);
            }
            for (Box box : boxes) {
                if (box.partner != null) {
                    assertWithMessage("%s.partner after %s", box, op).that(box.partner.partnerOf).isSameInstanceAs(box);
                }
                for (Thing thing : things) {
                    assertWithMessage("%s in %s.slots after %s", thing, box, op)
                            .that(count(box.slots.values(), thing)).isEqualTo(thing.box == box ? 1 : 0);
                    assertWithMessage("%s in %s.tags after %s", thing, box, op)
                            .that(count(box.tags.values(), thing)).isEqualTo(count(thing.boxes, box));
                    assertWithMessage("%s in %s.items after %s", thing, box, op)
                            .that(count(box.items, thing)).isEqualTo(thing.holder == box ? 1 : 0);
                }
            }
            for (Thing thing : things) {
                if (thing.partnerOf != null) {
                    assertWithMessage("%s.partnerOf after %s", thing, op).that(thing.partnerOf.partner)
                            .isSameInstanceAs(thing);
                }
                for (Box box : thing.boxes) {
                    assertWithMessage("%s in %s.boxes after %s", box, thing, op)
                            .that(count(thing.boxes, box)).isEqualTo(1);
                }
            }
        }

        private static int count(Collection<?> collection, Object object) {
            int count = 0;
            for (Object member : collection) {
                if (member == object) {
                    count++;
                }
            }
            return count;
        }

        /** Every field of every object, maps in key order, objects by their names. */
        List<String> snapshot() {
            List<String> fields = new ArrayList<>();
            for (Box box : boxes) {
                fields.add(box + ".partner=" + box.partner);
                fields.add(box + ".slots=" + new TreeMap<>(box.slots));
                fields.add(box + ".tags=" + new TreeMap<>(box.tags));
                fields.add(box + ".items=" + box.items);
            }
            for (Thing thing : things) {
                fields.add(thing + ".key=" + thing.key);
                fields.add(thing + ".partnerOf=" + thing.partnerOf);
                fields.add(thing + ".box=" + thing.box);
                fields.add(thing + ".boxes=" + thing.boxes);
                fields.add(thing + ".holder=" + thing.holder);
            }
            return fields;
        }
    }
}
