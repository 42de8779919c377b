package dev.relate.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Collection;
import dev.relate.runtime.FieldEnds.Field;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Boxes and things related by two ends ({@code Box.items}, one-to-many with {@code Thing.box}, and
 * {@code Box.tags}, many-to-many with {@code Thing.boxes}) on collections of several classes, with
 * faults armed per step in the code the ends call: the world that {@link ShortPathsPropertyTest}
 * and {@link ViewPathsPropertyTest} build alike two or three times and give the same steps
 * ({@code O}), comparing what each world answers ({@link Stepped}).
 */
abstract class BoxWorld<O> {
    static final int BOXES = 3;
    static final int ITEMS = 6;
    static final String[] FAULTS = {"none", "none", "none", "writeOwner", "writeNull", "listAdd",
        "listRemove", "hashCode"};
    private static final Comparator<Object> BY_ID = Comparator.comparingInt(BoxWorld::idOf);

    final Faults faults = new Faults();
    final Box[] boxes = new Box[BOXES];
    final Thing[] things = new Thing[ITEMS];
    final OneToManyEnd<Box, Thing, Collection<Thing>> items;
    final ManyToManyEnd<Box, Thing, Collection<Thing>, Collection<Box>> tags;
    /** The shape of each box's items and tags, as {@link #collection} takes it. */
    final int[] itemShapes = new int[BOXES];
    final int[] tagShapes = new int[BOXES];

    /**
     * Boxes whose items, tags and things' boxes are of the classes {@code shapes} (one number a
     * collection, see {@link #collection}) asks for; things of the second half are keyed; the last
     * box is of a subclass where {@code otherLastBox} says so.
     */
    BoxWorld(List<Integer> shapes, int events, boolean otherLastBox) {
        items = FieldEnds.oneToMany("Box.items", Thing.class, events, box -> box.items,
                new Field<>(thing -> thing.box, this::writeBox));
        tags = FieldEnds.manyToMany("Box.tags", Thing.class, "Thing.boxes", events, box -> box.tags,
                thing -> thing.boxes);
        for (int i = 0; i < BOXES; i++) {
            boxes[i] = otherLastBox && i == BOXES - 1 ? new OtherBox(i) : new Box(i);
            itemShapes[i] = shapes.get(i);
            boxes[i].items = collection(itemShapes[i], faults);
            // a sorted set of tags would compare keyed and plain things alike: none here
            tagShapes[i] = shapes.get(BOXES + i) == 3 ? 1 : shapes.get(BOXES + i);
            boxes[i].tags = collection(tagShapes[i], faults);
        }
        for (int i = 0; i < ITEMS; i++) {
            things[i] = i >= ITEMS / 2 ? new KeyedThing(i, faults) : new Thing(i, faults);
            int shape = shapes.get(2 * BOXES + i);
            things[i].boxes = collection(shape == 3 ? 0 : shape, faults);
        }
    }

    /** Thing.box, the other end of Box.items: a write checks its fault first. */
    private void writeBox(Thing thing, Box box) {
        faults.check(box == null ? "writeNull" : "writeOwner", box);
        thing.box = box;
    }

    /** Takes one step with its fault armed, and says what it answered ({@link #answer}). */
    abstract String step(O op);

    /** The same step with no fault armed. */
    abstract O unarmed(O op);

    /**
     * What {@code step} answers: a value, or the class and message of what it threw; no fault stays
     * armed after it.
     */
    String answer(Supplier<Object> step) {
        try {
            return String.valueOf(step.get());
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            faults.armed = "none";
        }
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

    private static int idOf(Object object) {
        return object instanceof Thing ? ((Thing) object).id : ((Box) object).id;
    }

    /**
     * 0 and 5: {@code ArrayList} (which {@link ViewPathsPropertyTest} views as a list and as a plain
     * collection), 1 hash set, 2 insertion order, 3 tree, 4 faulty list.
     */
    @SuppressWarnings("unchecked")
    static <E> Collection<E> collection(int shape, Faults faults) {
        switch (shape) {
            case 1:
                return new HashSet<>();
            case 2:
                return new LinkedHashSet<>();
            case 3:
                return new TreeSet<>((Comparator<E>) BY_ID);
            case 4:
                return new FaultyList<>(faults);
            default:
                return new ArrayList<>();
        }
    }

    /** One world's step: its fields before it, and its answer. */
    static final class Stepped<O> {
        final BoxWorld<O> world;
        final List<Object> before;
        String answer;

        Stepped(BoxWorld<O> world) {
            this.world = world;
            this.before = world.snapshot();
        }

        Stepped<O> take(O op) {
            answer = world.step(op);
            return this;
        }

        boolean threw() {
            return answer.startsWith("threw");
        }

        /** A step that threw left every field as it was. */
        void assertUnchanged(O op) {
            assertWithMessage("fields after %s, which threw", op).that(world.snapshot()).isEqualTo(before);
        }

        /** The two worlds answered alike and hold the same fields; {@code against} ends the messages. */
        void assertAlike(O op, Stepped<O> other, String against) {
            assertWithMessage("answer of %s%s", op, against).that(answer).isEqualTo(other.answer);
            assertWithMessage("fields after %s%s", op, against).that(world.snapshot())
                    .isEqualTo(other.world.snapshot());
        }

        /**
         * Where a {@code hashCode} fault was armed and only one of the two worlds threw (two paths
         * may consult {@code hashCode} at different steps: a set in insertion order is searched by
         * identity where the general path needs the element's place in it): checks that the one that
         * threw changed nothing, takes the same step there without the fault, and returns it, its
         * answer now that step's; null where the answers were alike or the fault another.
         */
        Stepped<O> retryHashCodeApart(O op, Stepped<O> other, String fault) {
            if (!fault.equals("hashCode") || answer.equals(other.answer)) {
                return null;
            }
            Stepped<O> threw = answer.startsWith("threw Fault") ? this : other;
            threw.assertUnchanged(op);
            threw.answer = threw.world.step(threw.world.unarmed(op));
            return threw;
        }
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

        /**
         * Arms {@code fault} on what a step must touch: the value written to the thing's end, the
         * thing's key, or the element a list adds or removes (the box, on the thing's side, where
         * {@code onThingsSide}, else the thing).
         */
        void arm(String fault, Box box, Thing thing, boolean onThingsSide) {
            armed = fault;
            switch (fault) {
                case "writeOwner":
                    argument = box;
                    break;
                case "writeNull":
                    argument = null;
                    break;
                case "hashCode":
                    argument = thing.id;
                    break;
                default:
                    argument = onThingsSide ? box : thing;
                    break;
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
        public void add(int index, E element) {
            faults.check("listAdd", element);
            super.add(index, element);
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

    /**
     * A {@code HashMap} whose {@code put} of a given element, and any {@code remove} (armed with
     * {@code null}), can be made to throw.
     */
    static final class FaultyMap<K, V> extends HashMap<K, V> {
        private static final long serialVersionUID = 1L;
        private final transient Faults faults;

        FaultyMap(Faults faults) {
            this.faults = faults;
        }

        @Override
        public V put(K key, V value) {
            faults.check("mapPut", value);
            return super.put(key, value);
        }

        @Override
        public V remove(Object key) {
            faults.check("mapRemove", null);
            return super.remove(key);
        }
    }
}
