package dev.relate.runtime;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relate.runtime.BoxWorld.BOXES;
import static dev.relate.runtime.BoxWorld.FAULTS;
import static dev.relate.runtime.BoxWorld.ITEMS;

import dev.relate.runtime.BoxWorld.Stepped;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
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
            Stepped<Op> madeStep = new Stepped<>(made);
            Stepped<Op> generalStep = new Stepped<>(general);
            madeStep.take(op);
            Stepped<Op> beforeStep = new Stepped<>(before).take(op);
            generalStep.take(op);
            STEPS.incrementAndGet();
            madeStep.assertAlike(op, beforeStep, ", against the view made before");
            if (madeStep.retryHashCodeApart(op, generalStep, FAULTS[op.fault()]) == madeStep) {
                before.step(before.unarmed(op));
            }
            madeStep.assertAlike(op, generalStep, ", against the general path");
            if (madeStep.answer.startsWith("threw Fault: hashCode")) {
                HASH_CODE_THROWN.incrementAndGet();
            }
            if (madeStep.threw()) {
                THROWN.incrementAndGet();
                if (!FAULTS[op.fault()].equals("hashCode")) {
                    madeStep.assertUnchanged(op);
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

    /** A world of {@link BoxWorld}, stepped through views of its ends, and how it makes them. */
    static final class World extends BoxWorld<Op> {
        /** Whether views are made as generated code makes them, or by {@link Views}. */
        private final boolean asGenerated;
        long endCalls;

        World(List<Integer> shapes, int events, boolean asGenerated) {
            super(shapes, events, false);
            this.asGenerated = asGenerated;
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

        @Override
        Op unarmed(Op op) {
            return new Op(op.kind(), op.tags(), op.box(), op.item(), 0);
        }

        @Override
        String step(Op op) {
            Box box = boxes[op.box()];
            Thing thing = things[op.item()];
            Thing other = things[(op.item() + 1) % ITEMS];
            arm(op, box, thing);
            return answer(() -> run(op, op.tags() ? view(tags, box, tagShapes[op.box()])
                    : view(items, box, itemShapes[op.box()]), thing, other));
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
            // a list's add or remove: of the thing, or of the box on the thing's side
            faults.arm(fault, box, thing, op.tags() && op.item() % 2 == 0);
        }
    }
}
