package dev.relate.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The short paths of {@link CollectionEnd#add}, {@link CollectionEnd#remove} and
 * {@link CollectionEnd#assign} (taken where no class validates or listens to the end and it keeps no
 * positions) against the general path, which the same ends take when a class listens to them (here
 * a listener that does nothing): two worlds built alike, one with plain ends and one with listened
 * ends, get the same random operations, and after each the answers (a value, or an exception of the
 * same class and message) and every field of every object (collections in order) agree. Owners hold
 * {@code ArrayList}s, {@code HashSet}s, {@code LinkedHashSet}s, sorted sets and a list subclass;
 * elements keep {@code Object}'s {@code equals} or are equal by a key that two of them share; one
 * owner is of a subclass, so that a move between it and the others has the short paths hand over to
 * the general path. Faults are armed per step, on the argument a step must touch in either path:
 * writing an element's end to a given value, a list subclass's {@code add} or {@code remove}, an
 * element's {@code hashCode}; a step that throws must leave every field as it was. The paths may
 * consult {@code hashCode} at different steps (either may search a set by identity where the other
 * looks up): where only one threw from it, that one is checked to have changed nothing, and the same
 * step without the fault to answer alike.
 */
class ShortPathsPropertyTest {
    private static final int BOXES = 3;
    private static final int ITEMS = 6;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong THROWN = new AtomicLong();
    private static final AtomicLong PLAIN_STEPS = new AtomicLong();
    private static final AtomicLong HASH_CODE_RETRIES = new AtomicLong();

    /** One step: what to do, on which box and item, and which fault is armed. */
    record Op(int kind, int box, int item, int fault) {
        @Override
        public String toString() {
            return KINDS[kind] + "(box" + box + ", item" + item + ", fault " + FAULTS[fault] + ")";
        }
    }

    private static final String[] KINDS = {
        "add", "remove", "assign", "assignNull", "addTag", "removeTag", "removeStranger", "removeTagStranger"
    };
    private static final String[] FAULTS = {"none", "none", "none", "writeOwner", "writeNull", "listAdd",
        "listRemove", "hashCode"};

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS.length - 1),
                Arbitraries.integers().between(0, BOXES - 1),
                Arbitraries.integers().between(0, ITEMS - 1),
                Arbitraries.integers().between(0, FAULTS.length - 1)).as(Op::new);
        return op.list().ofMinSize(10).ofMaxSize(50);
    }

    @Provide
    Arbitrary<List<Integer>> shapes() {
        return Arbitraries.integers().between(0, 4).list().ofSize(BOXES * 2 + ITEMS);
    }

    @Property(tries = 600, seed = "1706202600000017", shrinking = ShrinkingMode.BOUNDED)
    void theShortPathsAnswerAndChangeAsTheGeneralPath(@ForAll("shapes") List<Integer> shapes,
            @ForAll("operations") List<Op> ops) {
        World plain = new World(shapes, 0);
        World general = new World(shapes, CollectionEnd.LISTENS);
        for (Op op : ops) {
            List<Object> plainBefore = plain.snapshot();
            List<Object> generalBefore = general.snapshot();
            String plainAnswer = plain.step(op);
            String generalAnswer = general.step(op);
            STEPS.incrementAndGet();
            if (FAULTS[op.fault()].equals("hashCode") && !plainAnswer.equals(generalAnswer)) {
                // the paths may consult hashCode at different steps (a set in insertion order is
                // searched by identity where the general path needs the element's place in it):
                // the one that threw changed nothing, and the same step without the fault answers alike
                boolean plainThrew = plainAnswer.startsWith("threw Fault");
                World threw = plainThrew ? plain : general;
                assertWithMessage("fields after %s, which threw", op).that(threw.snapshot())
                        .isEqualTo(plainThrew ? plainBefore : generalBefore);
                String again = threw.step(new Op(op.kind(), op.box(), op.item(), 0));
                if (plainThrew) {
                    plainAnswer = again;
                } else {
                    generalAnswer = again;
                }
                HASH_CODE_RETRIES.incrementAndGet();
            }
            assertWithMessage("answer of %s", op).that(plainAnswer).isEqualTo(generalAnswer);
            assertWithMessage("fields after %s", op).that(plain.snapshot()).isEqualTo(general.snapshot());
            if (plainAnswer.startsWith("threw")) {
                THROWN.incrementAndGet();
                assertWithMessage("fields after %s, which threw", op).that(plain.snapshot())
                        .isEqualTo(plainBefore);
            } else {
                plain.checkOwners(op);
            }
        }
        PLAIN_STEPS.addAndGet(plain.plainSteps());
    }

    @AfterContainer
    static void everyKindOfStepRan() {
        assertWithMessage("steps").that(STEPS.get()).isGreaterThan(5000L);
        assertWithMessage("steps that threw").that(THROWN.get()).isGreaterThan(200L);
        assertWithMessage("steps whose paths consulted hashCode apart").that(HASH_CODE_RETRIES.get())
                .isGreaterThan(0L);
        assertWithMessage("steps the short paths finished").that(PLAIN_STEPS.get()).isGreaterThan(2000L);
    }

    /** What a fault throws. */
    static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fault(String where) {
            super(where);
        }
    }

    /**
     * The fault armed for the step running, in one world: it throws once, at the first call that
     * matches, as a user's code that fails at one point of the step; undoing then succeeds.
     */
    static final class Faults {
        String armed = "none";
        Object argument;

        void check(String where, Object value) {
            if (armed.equals(where) && Objects.equals(argument, value)) {
                armed = "none";
                throw new Fault(where + " " + value);
            }
        }
    }

    /** An element: a box's item (its end {@code box}) and tag (its collection {@code boxes}). */
    static class Thing {
        final int id;
        final Faults faults;
        Box box;
        Collection<Box> boxes;

        Thing(int id, Faults faults) {
            this.id = id;
            this.faults = faults;
        }

        @Override
        public String toString() {
            return "item" + id;
        }
    }

    /** An element equal to another of the same key, which two of them share. */
    static final class KeyedThing extends Thing {
        KeyedThing(int id, Faults faults) {
            super(id, faults);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof KeyedThing && ((KeyedThing) other).id / 2 == id / 2;
        }

        @Override
        public int hashCode() {
            faults.check("hashCode", id);
            return id / 2;
        }
    }

    static class Box {
        final int id;
        Collection<Thing> items;
        Collection<Thing> tags;

        Box(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "box" + id;
        }
    }

    /**
     * A box of a subclass: an element moving between it and a {@link Box} has an end pointing at an
     * object of another class than the new owner, which the short paths leave to the general path
     * (it could be the owner's proxy).
     */
    static final class OtherBox extends Box {
        OtherBox(int id) {
            super(id);
        }
    }

    /** An {@code ArrayList} subclass whose {@code add} and {@code remove} can be made to throw. */
    static final class FaultyList<E> extends ArrayList<E> {
        private static final long serialVersionUID = 1L;
        private final transient Faults faults;

        FaultyList(Faults faults) {
            this.faults = faults;
        }

        @Override
        public boolean add(E element) {
            faults.check("listAdd", element);
            return super.add(element);
        }

        @Override
        public E remove(int index) {
            faults.check("listRemove", get(index));
            return super.remove(index);
        }

        @Override
        public boolean remove(Object element) {
            faults.check("listRemove", element);
            return super.remove(element);
        }
    }

    private static final Comparator<Object> BY_ID = Comparator.comparingInt(ShortPathsPropertyTest::idOf);

    private static int idOf(Object object) {
        return object instanceof Thing ? ((Thing) object).id : ((Box) object).id;
    }

    @SuppressWarnings("unchecked")
    private static <E> Collection<E> collection(int shape, Faults faults) {
        switch (shape) {
            case 0:
                return new ArrayList<>();
            case 1:
                return new HashSet<>();
            case 2:
                return new LinkedHashSet<>();
            case 3:
                return new TreeSet<>((Comparator<E>) BY_ID);
            default:
                return new FaultyList<>(faults);
        }
    }

    /** The boxes and things of one world, and its two ends. */
    static final class World {
        final Faults faults = new Faults();
        final Box[] boxes = new Box[BOXES];
        final Thing[] things = new Thing[ITEMS];
        final Items items;
        final Tags tags;
        private int plainSteps;

        World(List<Integer> shapes, int events) {
            items = new Items(events);
            tags = new Tags(events);
            for (int i = 0; i < BOXES; i++) {
                boxes[i] = i == BOXES - 1 ? new OtherBox(i) : new Box(i);
                boxes[i].items = collection(shapes.get(i), faults);
                // a sorted set of boxes' tags holds things of one key kind: none is keyed here
                boxes[i].tags = collection(shapes.get(BOXES + i) == 3 ? 1 : shapes.get(BOXES + i), faults);
            }
            for (int i = 0; i < ITEMS; i++) {
                boolean keyed = i >= ITEMS / 2;
                things[i] = keyed ? new KeyedThing(i, faults) : new Thing(i, faults);
                int shape = shapes.get(2 * BOXES + i);
                things[i].boxes = collection(shape == 3 ? 0 : shape, faults);
            }
        }

        int plainSteps() {
            return plainSteps;
        }

        /**
         * What both worlds could get wrong alike (the dispatch both take): after a step that did not
         * throw, an assigned element points at the box it was given (or at none) and is in that box's
         * items only, once; every element is in the items of the box it points at, and of no other.
         */
        void checkOwners(Op op) {
            if (KINDS[op.kind()].startsWith("assign")) {
                Box expected = KINDS[op.kind()].equals("assign") ? boxes[op.box()] : null;
                assertWithMessage("end of %s after %s", things[op.item()], op)
                        .that(things[op.item()].box).isSameInstanceAs(expected);
            }
            for (Thing thing : things) {
                for (Box box : boxes) {
                    long held = box.items.stream().filter(item -> item == thing).count();
                    assertWithMessage("%s in %s.items after %s", thing, box, op)
                            .that(held).isEqualTo(thing.box == box ? 1L : 0L);
                }
            }
        }

        String step(Op op) {
            Box box = boxes[op.box()];
            Thing thing = things[op.item()];
            arm(op, box, thing);
            try {
                Object answer;
                switch (op.kind()) {
                    case 0:
                        answer = items.add(box, thing);
                        break;
                    case 1:
                        answer = items.remove(box, thing);
                        break;
                    case 2:
                        items.assign(thing, box);
                        answer = "assigned";
                        break;
                    case 3:
                        items.assign(thing, null);
                        answer = "cleared";
                        break;
                    case 4:
                        answer = tags.add(box, thing);
                        break;
                    case 5:
                        answer = tags.remove(box, thing);
                        break;
                    case 6:
                        answer = items.remove(box, "a stranger");
                        break;
                    default:
                        answer = tags.remove(box, box);
                        break;
                }
                if (takesShortPath(op, box, thing)) {
                    plainSteps++;
                }
                return String.valueOf(answer);
            } catch (RuntimeException e) {
                return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
            } finally {
                faults.armed = "none";
            }
        }

        /** Arms the step's fault on what the step must touch: the value written, the element added or removed. */
        private void arm(Op op, Box box, Thing thing) {
            String fault = FAULTS[op.fault()];
            faults.armed = fault;
            boolean clearing = op.kind() == 1 || op.kind() == 3 || op.kind() == 5;
            switch (fault) {
                case "writeOwner":
                    faults.argument = box;
                    break;
                case "writeNull":
                    faults.argument = null;
                    break;
                case "hashCode":
                    faults.argument = thing.id;
                    break;
                default:
                    // a list's add or remove: of the thing, or of the box on the thing's side
                    faults.argument = op.kind() >= 4 && op.item() % 2 == 0 ? box : thing;
                    break;
            }
            if (clearing && fault.equals("writeOwner")) {
                faults.argument = null;
            }
        }

        /**
         * Whether a step that finished ran on collections the short paths handle (in the plain world,
         * they took it, unless a case they leave to the general path came up).
         */
        private boolean takesShortPath(Op op, Box box, Thing thing) {
            if (op.kind() >= 6) {
                return false;
            }
            if (op.kind() < 4) {
                Class<?> type = box.items.getClass();
                return type == ArrayList.class || type == HashSet.class || type == TreeSet.class;
            }
            Class<?> own = box.tags.getClass();
            return own == ArrayList.class && thing.boxes.getClass() == ArrayList.class
                    || own == HashSet.class && !(thing instanceof KeyedThing);
        }

        /**
         * Every field of every object, collections in their order (a hash set's, whose order follows
         * identity hash codes that differ between the worlds, sorted), objects by their names.
         */
        List<Object> snapshot() {
            List<Object> fields = new ArrayList<>();
            for (Box box : boxes) {
                fields.add(box + ".items=" + names(box.items));
                fields.add(box + ".tags=" + names(box.tags));
            }
            for (Thing thing : things) {
                fields.add(thing + ".box=" + thing.box);
                fields.add(thing + ".boxes=" + names(thing.boxes));
            }
            return fields;
        }

        private static List<String> names(Collection<?> collection) {
            List<String> names = new ArrayList<>();
            for (Object object : collection) {
                names.add(String.valueOf(object));
            }
            if (collection.getClass() == HashSet.class) {
                names.sort(null);
            }
            return names;
        }

        /** Box.items, one-to-many, with Thing.box. */
        final class Items extends OneToManyEnd<Box, Thing, Collection<Thing>> {
            Items(int events) {
                super("Box.items", Thing.class, events);
            }

            @Override
            protected void changed(Box owner, Thing element, boolean linked) {
            }

            @Override
            protected Collection<Thing> collection(Box box) {
                return box.items;
            }

            @Override
            protected Box ownerOf(Thing thing) {
                return thing.box;
            }

            @Override
            protected void writeOwner(Thing thing, Box box) {
                faults.check(box == null ? "writeNull" : "writeOwner", box);
                thing.box = box;
            }
        }

        /** Box.tags, many-to-many, with Thing.boxes. */
        final class Tags extends ManyToManyEnd<Box, Thing, Collection<Thing>, Collection<Box>> {
            Tags(int events) {
                super("Box.tags", Thing.class, "Thing.boxes", events);
            }

            @Override
            protected void changed(Box owner, Thing element, boolean linked) {
            }

            @Override
            protected Collection<Thing> collection(Box box) {
                return box.tags;
            }

            @Override
            protected Collection<Box> inverse(Thing thing) {
                return thing.boxes;
            }
        }
    }
}
