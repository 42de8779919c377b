package dev.relate.runtime;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relate.runtime.BoxWorld.BOXES;
import static dev.relate.runtime.BoxWorld.FAULTS;
import static dev.relate.runtime.BoxWorld.ITEMS;

import dev.relate.runtime.BoxWorld.Stepped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
            Stepped<Op> plainStep = new Stepped<>(plain);
            Stepped<Op> generalStep = new Stepped<>(general);
            plainStep.take(op);
            generalStep.take(op);
            STEPS.incrementAndGet();
            if (plainStep.retryHashCodeApart(op, generalStep, FAULTS[op.fault()]) != null) {
                HASH_CODE_RETRIES.incrementAndGet();
            }
            plainStep.assertAlike(op, generalStep, "");
            if (plainStep.threw()) {
                THROWN.incrementAndGet();
                plainStep.assertUnchanged(op);
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

    /** A world of {@link BoxWorld} whose last box is of a subclass, stepped through the ends. */
    static final class World extends BoxWorld<Op> {
        private int plainSteps;

        World(List<Integer> shapes, int events) {
            super(shapes, events, true);
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

        @Override
        Op unarmed(Op op) {
            return new Op(op.kind(), op.box(), op.item(), 0);
        }

        @Override
        String step(Op op) {
            Box box = boxes[op.box()];
            Thing thing = things[op.item()];
            arm(op, box, thing);
            return answer(() -> {
                Object answer = run(op, box, thing);
                if (takesShortPath(op, box, thing)) {
                    plainSteps++;
                }
                return answer;
            });
        }

        private Object run(Op op, Box box, Thing thing) {
            switch (op.kind()) {
                case 0:
                    return items.add(box, thing);
                case 1:
                    return items.remove(box, thing);
                case 2:
                    items.assign(thing, box);
                    return "assigned";
                case 3:
                    items.assign(thing, null);
                    return "cleared";
                case 4:
                    return tags.add(box, thing);
                case 5:
                    return tags.remove(box, thing);
                case 6:
                    return items.remove(box, "a stranger");
                default:
                    return tags.remove(box, box);
            }
        }

        /** Arms the step's fault on what the step must touch: the value written, the element added or removed. */
        private void arm(Op op, Box box, Thing thing) {
            String fault = FAULTS[op.fault()];
            // a list's add or remove: of the thing, or of the box on the thing's side
            faults.arm(fault, box, thing, op.kind() >= 4 && op.item() % 2 == 0);
            boolean clearing = op.kind() == 1 || op.kind() == 3 || op.kind() == 5;
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
    }
}
