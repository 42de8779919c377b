package dev.relate.runtime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
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
 * Live views made as generated code makes them (an anonymous subclass of {@link LiveList},
 * {@link LiveSet}, {@link LiveNavigableSet} or {@link LiveCollection} whose {@code add} and
 * {@code remove} pass the end to {@code addThrough} and {@code removeThrough}) against the views
 * made before ({@link Views}, {@code add} and {@code remove} through the end held in a field), on plain ends
 * (the short paths) and on ends a class listens to (the general path): three worlds built alike get
 * the same random view operations (add, remove, positional add, set and remove, iterator removal,
 * removeIf, retainAll, clear, a sublist's clear, addAll, reads), and after each the answers (a value,
 * or an exception of the same class and message) and every field of every object agree. Faults are
 * armed per step as in {@link ShortPathsPropertyTest}: writing an element's end, a list subclass's
 * {@code add} or {@code remove}, an element's {@code hashCode}; a step that throws leaves every field
 * as it was. The new and the old view of a plain end run the same code and must agree exactly; the
 * general path may consult {@code hashCode} at another step, handled as there.
 */
class ViewPathsPropertyTest {
    private static final int BOXES = 3;
    private static final int ITEMS = 6;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong THROWN = new AtomicLong();
    private static final AtomicLong END_CALLS = new AtomicLong();
    private static final AtomicLong HASH_CODE_THROWN = new AtomicLong();
    private static final long[] VIEW_KINDS = new long[4];

    /** One step: what to do through which box's view, with which item, and which fault is armed. */
    record Op(int kind, boolean tags, int box, int item, int fault) {
        @Override
        public String toString() {
            return KINDS[kind] + "(" + (tags ? "tags" : "items") + " of box" + box + ", item" + item + ", fault "
                    + FAULTS[fault] + ")";
        }
    }

    private static final String[] KINDS = {"add", "remove", "addAt", "set", "removeAt", "iteratorRemove",
        "removeIf", "retainAll", "clear", "subListClear", "addAll", "read", "removeStranger"};
    private static final String[] FAULTS = {"none", "none", "none", "writeOwner", "writeNull", "listAdd",
        "listRemove", "hashCode"};

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS.length - 1),
                Arbitraries.of(false, true),
                Arbitraries.integers().between(0, BOXES - 1),
                Arbitraries.integers().between(0, ITEMS - 1),
                Arbitraries.integers().between(0, FAULTS.length - 1)).as(Op::new);
        return op.list().ofMinSize(10).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> shapes() {
        return Arbitraries.integers().between(0, 5).list().ofSize(BOXES * 2 + ITEMS);
    }

    @Property(tries = 500, seed = "1706202600001717", shrinking = ShrinkingMode.BOUNDED)
    void viewsMadeAsGeneratedCodeMakesThemAnswerAndChangeAsBefore(@ForAll("shapes") List<Integer> shapes,
            @ForAll("operations") List<Op> ops) {
        World made = new World(shapes, 0, true);
        World before = new World(shapes, 0, false);
        World general = new World(shapes, CollectionEnd.LISTENS, false);
        for (Op op : ops) {
            List<Object> fieldsBefore = made.snapshot();
            List<Object> generalBefore = general.snapshot();
            String madeAnswer = made.step(op);
            String beforeAnswer = before.step(op);
            String generalAnswer = general.step(op);
            STEPS.incrementAndGet();
            assertWithMessage("answer of %s, against the view made before", op).that(madeAnswer)
                    .isEqualTo(beforeAnswer);
            assertWithMessage("fields after %s, against the view made before", op).that(made.snapshot())
                    .isEqualTo(before.snapshot());
            if (FAULTS[op.fault()].equals("hashCode") && !madeAnswer.equals(generalAnswer)) {
                // the general path may consult hashCode at another step: the world that threw
                // changed nothing, and the same step without the fault answers alike
                boolean madeThrew = madeAnswer.startsWith("threw Fault");
                World threw = madeThrew ? made : general;
                assertWithMessage("fields after %s, which threw", op).that(threw.snapshot())
                        .isEqualTo(madeThrew ? fieldsBefore : generalBefore);
                Op unarmed = new Op(op.kind(), op.tags(), op.box(), op.item(), 0);
                String again = threw.step(unarmed);
                if (madeThrew) {
                    madeAnswer = again;
                    before.step(unarmed);
                } else {
                    generalAnswer = again;
                }
            }
            assertWithMessage("answer of %s, against the general path", op).that(madeAnswer)
                    .isEqualTo(generalAnswer);
            assertWithMessage("fields after %s, against the general path", op).that(made.snapshot())
                    .isEqualTo(general.snapshot());
            if (madeAnswer.startsWith("threw Fault: hashCode")) {
                HASH_CODE_THROWN.incrementAndGet();
            }
            if (madeAnswer.startsWith("threw")) {
                THROWN.incrementAndGet();
                if (!FAULTS[op.fault()].equals("hashCode")) {
                    assertWithMessage("fields after %s, which threw", op).that(made.snapshot())
                            .isEqualTo(fieldsBefore);
                }
            }
        }
        END_CALLS.addAndGet(made.endCalls);
    }

    @AfterContainer
    static void everyKindOfStepRan() {
        assertWithMessage("steps").that(STEPS.get()).isGreaterThan(5000L);
        assertWithMessage("steps that threw").that(THROWN.get()).isGreaterThan(200L);
        assertWithMessage("calls of the views' add and remove").that(END_CALLS.get()).isGreaterThan(5000L);
        assertWithMessage("steps that threw from a hashCode").that(HASH_CODE_THROWN.get()).isGreaterThan(10L);
        for (int i = 0; i < VIEW_KINDS.length; i++) {
            assertWithMessage("views made of kind %s", i).that(VIEW_KINDS[i]).isGreaterThan(100L);
        }
    }

    /** What a fault throws. */
    static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Fault(String where) {
            super(where);
        }
    }

    /** The fault armed for the step running, in one world: it throws once, at the first call that matches. */
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

    static final class Box {
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

    private static final Comparator<Object> BY_ID = Comparator.comparingInt(ViewPathsPropertyTest::idOf);

    private static int idOf(Object object) {
        return object instanceof Thing ? ((Thing) object).id : ((Box) object).id;
    }

    /** 0 and 5: {@code ArrayList} (5 is viewed as a plain collection), 1 hash set, 2 insertion order, 3 tree, 4 faulty list. */
    @SuppressWarnings("unchecked")
    private static <E> Collection<E> collection(int shape, Faults faults) {
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

    /** The boxes and things of one world, its two ends, and how it makes views. */
    static final class World {
        final Faults faults = new Faults();
        final Box[] boxes = new Box[BOXES];
        final Thing[] things = new Thing[ITEMS];
        final Items items;
        final Tags tags;
        /** Whether views are made as generated code makes them, or by {@link Views}. */
        private final boolean asGenerated;
        private final int[] itemShapes = new int[BOXES];
        private final int[] tagShapes = new int[BOXES];
        long endCalls;

        World(List<Integer> shapes, int events, boolean asGenerated) {
            this.asGenerated = asGenerated;
            items = new Items(events);
            tags = new Tags(events);
            for (int i = 0; i < BOXES; i++) {
                boxes[i] = new Box(i);
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

        /** The view of one end of {@code box}, of the class its collection's shape asks for. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private Collection<Thing> view(CollectionEnd<Box, Thing, Collection<Thing>> end, Box box, int shape) {
            CollectionEnd raw = end;
            if (shape == 0 || shape == 4) {
                VIEW_KINDS[0]++;
                CollectionEnd<Box, Thing, List<Thing>> listEnd = raw;
                return asGenerated ? new LiveList<Box, Thing>(listEnd, box) {
                    @Override
                    public boolean add(Thing thing) {
                        endCalls++;
                        return addThrough(listEnd, thing);
                    }

                    @Override
                    public boolean remove(Object thing) {
                        endCalls++;
                        return removeThrough(listEnd, thing);
                    }
                } : Views.list(listEnd, box);
            }
            if (shape == 3) {
                VIEW_KINDS[1]++;
                CollectionEnd<Box, Thing, NavigableSet<Thing>> treeEnd = raw;
                return asGenerated ? new LiveNavigableSet<Box, Thing>(treeEnd, box) {
                    @Override
                    public boolean add(Thing thing) {
                        endCalls++;
                        return addThrough(treeEnd, thing);
                    }

                    @Override
                    public boolean remove(Object thing) {
                        endCalls++;
                        return removeThrough(treeEnd, thing);
                    }
                } : Views.navigableSet(treeEnd, box);
            }
            if (shape == 5) {
                VIEW_KINDS[2]++;
                return asGenerated ? new LiveCollection<Box, Thing>(end, box) {
                    @Override
                    public boolean add(Thing thing) {
                        endCalls++;
                        return addThrough(end, thing);
                    }

                    @Override
                    public boolean remove(Object thing) {
                        endCalls++;
                        return removeThrough(end, thing);
                    }
                } : Views.collection(end, box);
            }
            VIEW_KINDS[3]++;
            CollectionEnd<Box, Thing, Set<Thing>> setEnd = raw;
            return asGenerated ? new LiveSet<Box, Thing>(setEnd, box) {
                @Override
                public boolean add(Thing thing) {
                    endCalls++;
                    return addThrough(setEnd, thing);
                }

                @Override
                public boolean remove(Object thing) {
                    endCalls++;
                    return removeThrough(setEnd, thing);
                }
            } : Views.set(setEnd, box);
        }

        String step(Op op) {
            Box box = boxes[op.box()];
            Thing thing = things[op.item()];
            Thing other = things[(op.item() + 1) % ITEMS];
            arm(op, box, thing);
            try {
                Collection<Thing> view = op.tags() ? view(tags, box, tagShapes[op.box()])
                        : view(items, box, itemShapes[op.box()]);
                return String.valueOf(run(op, view, thing, other));
            } catch (RuntimeException e) {
                return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
            } finally {
                faults.armed = "none";
            }
        }

        /** One operation on {@code view}; a positional one on a view that is no list adds instead. */
        private static Object run(Op op, Collection<Thing> view, Thing thing, Thing other) {
            List<Thing> list = view instanceof List ? (List<Thing>) view : null;
            int size = view.size();
            switch (KINDS[op.kind()]) {
                case "remove":
                    return view.remove(thing);
                case "addAt":
                    if (list == null) {
                        return view.add(thing);
                    }
                    list.add(op.item() % (size + 1), thing);
                    return list;
                case "set":
                    return list == null || size == 0 ? view.add(thing) : list.set(op.item() % size, thing);
                case "removeAt":
                    return list == null || size == 0 ? view.remove(thing) : list.remove(op.item() % size);
                case "iteratorRemove": {
                    // the thing itself: a hash set's order follows identity hash codes, which differ between worlds
                    Iterator<Thing> it = view.iterator();
                    while (it.hasNext()) {
                        if (it.next() == thing) {
                            it.remove();
                            return "removed";
                        }
                    }
                    return "not there";
                }
                case "removeIf":
                    return view.removeIf(t -> t.id % 2 == op.item() % 2);
                case "retainAll":
                    return view.retainAll(Arrays.asList(thing, other));
                case "clear":
                    view.clear();
                    return view.size();
                case "subListClear":
                    if (list == null) {
                        return view.removeAll(Arrays.asList(thing));
                    }
                    list.subList(0, size / 2).clear();
                    return list;
                case "addAll":
                    return view.addAll(Arrays.asList(thing, other));
                case "read":
                    return view.contains(thing) + " " + view.size() + " " + view.isEmpty()
                            + (list == null ? "" : " " + list.indexOf(thing));
                case "removeStranger":
                    return view.remove("a stranger");
                default:
                    return view.add(thing);
            }
        }

        /**
         * Arms the step's fault on what the step must touch: the value written, the element added or
         * removed. A fault fires in what an operation does, never in what undoes it (a user's code
         * that throws there too leaves nothing relate could restore): an operation that adds arms no
         * fault of a removal (its undo removes), one that removes none of an addition, and a
         * {@code set} (a removal and an addition) only {@code hashCode}'s.
         */
        private void arm(Op op, Box box, Thing thing) {
            String fault = FAULTS[op.fault()];
            String kind = KINDS[op.kind()];
            boolean adds = kind.equals("add") || kind.equals("addAt") || kind.equals("addAll");
            boolean removes = !adds && !kind.equals("set") && !kind.equals("read");
            if ((fault.equals("writeOwner") || fault.equals("listAdd")) && !adds
                    || (fault.equals("writeNull") || fault.equals("listRemove")) && !removes) {
                fault = "none";
            }
            faults.armed = fault;
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
                    faults.argument = op.tags() && op.item() % 2 == 0 ? box : thing;
                    break;
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
