package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
 * Random sequences of operations on two acyclic trees: {@link Branch} (a list end declared acyclic)
 * and {@link Clan} (a hash set end that a backref on the scalar end declares acyclic), through every
 * path that links: the scalar helper, the collection helpers, and the live view's {@code add},
 * {@code add(index)}, {@code set}, {@code addAll}, {@code listIterator().add}, {@code subList().add},
 * with removals between them. Before each step the test predicts whether it makes a cycle (an
 * incoming object is the owner or one of its ancestors). After each step: a step predicted to make a
 * cycle threw {@code [RelateCycle]} or {@code [RelateOwnParent]} and changed no field of any object;
 * any other step did not throw and linked what it added; both ends agree; and following parents from
 * any object never returns to it.
 *
 * <p>The seeds are fixed, so every run makes the same sequences.
 */
class AcyclicTreePropertyTest {
    private static final int NODES = 7;
    private static final int KINDS = 12;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    /** One step: what to do, to whom, and a seed for the rest. */
    record Op(int kind, int a, int b, int seed) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, NODES),
                Arbitraries.integers().between(0, NODES - 1),
                Arbitraries.integers().between(0, 1 << 16)).as(Op::new);
        return op.list().ofMinSize(20).ofMaxSize(80);
    }

    @Property(tries = 400, seed = "6120448917035527", shrinking = ShrinkingMode.BOUNDED)
    void aListTreeNeverGetsACycleAndRefusedStepsChangeNothing(@ForAll("operations") List<Op> ops) {
        List<Branch> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new Branch());
        }
        Trees<Branch> tree = new Trees<>(nodes, b -> b.parent, b -> b.children);
        for (Op op : ops) {
            Branch owner = nodes.get(op.b());
            Branch other = op.a() == NODES ? null : nodes.get(op.a());
            Random random = new Random(op.seed());
            List<Branch> some = tree.pick(random);
            List<Branch> view = BranchRelations.children(owner);
            switch (op.kind()) {
                case 0 -> tree.step(other == null ? List.of() : List.of(owner), other,
                        () -> BranchRelations.setParent(owner, other));
                case 1 -> tree.step(List.of(some.get(0)), owner, () -> BranchRelations.addToChildren(owner, some.get(0)));
                case 2 -> tree.step(List.of(some.get(0)), owner, () -> view.add(some.get(0)));
                case 3 -> {
                    if (!owner.children.contains(some.get(0))) {
                        int index = random.nextInt(owner.children.size() + 1);
                        tree.step(List.of(some.get(0)), owner, () -> view.add(index, some.get(0)));
                    }
                }
                case 4 -> {
                    if (!owner.children.isEmpty()) {
                        int index = random.nextInt(owner.children.size());
                        tree.step(List.of(some.get(0)), owner, () -> view.set(index, some.get(0)));
                    }
                }
                case 5 -> tree.step(some, owner, () -> view.addAll(some));
                case 6 -> tree.step(some, owner, () -> BranchRelations.setChildren(owner, some));
                case 7 -> {
                    if (!owner.children.contains(some.get(0))) {
                        int index = random.nextInt(owner.children.size() + 1);
                        tree.step(List.of(some.get(0)), owner, () -> {
                            ListIterator<Branch> iterator = view.listIterator(index);
                            iterator.add(some.get(0));
                        });
                    }
                }
                case 8 -> {
                    if (!owner.children.contains(some.get(0))) {
                        int to = random.nextInt(owner.children.size() + 1);
                        tree.step(List.of(some.get(0)), owner, () -> view.subList(0, to).add(some.get(0)));
                    }
                }
                case 9 -> tree.step(List.of(), owner, () -> BranchRelations.removeFromChildren(owner, some.get(0)));
                case 10 -> tree.step(List.of(), owner, () -> view.removeIf(b -> some.contains(b)));
                default -> tree.step(List.of(), owner, () -> BranchRelations.setParent(some.get(0), null));
            }
        }
    }

    @Property(tries = 300, seed = "3382017740951163", shrinking = ShrinkingMode.BOUNDED)
    void aSetTreeDeclaredByBackrefNeverGetsACycle(@ForAll("operations") List<Op> ops) {
        List<Clan> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            nodes.add(new Clan());
        }
        Trees<Clan> tree = new Trees<>(nodes, c -> c.elder, c -> c.members);
        for (Op op : ops) {
            Clan owner = nodes.get(op.b());
            Clan other = op.a() == NODES ? null : nodes.get(op.a());
            List<Clan> some = tree.pick(new Random(op.seed()));
            Set<Clan> view = ClanRelations.members(owner);
            switch (op.kind() % 6) {
                case 0 -> tree.step(other == null ? List.of() : List.of(owner), other,
                        () -> ClanRelations.setElder(owner, other));
                case 1 -> tree.step(List.of(some.get(0)), owner, () -> ClanRelations.addToMembers(owner, some.get(0)));
                case 2 -> tree.step(List.of(some.get(0)), owner, () -> view.add(some.get(0)));
                case 3 -> tree.step(some, owner, () -> view.addAll(some));
                case 4 -> tree.step(some, owner, () -> ClanRelations.setMembers(owner, some));
                default -> tree.step(List.of(), owner, () -> view.remove(some.get(0)));
            }
        }
    }

    @AfterContainer
    static void refusalsAndLinksBothRan() {
        assertWithMessage("steps run").that(STEPS.get()).isAtLeast(20_000L);
        assertWithMessage("steps refused as cycles").that(REFUSED.get()).isAtLeast(1_000L);
    }

    /** The objects of one tree, how to read their two ends, and the checks of every step. */
    static final class Trees<N> {
        private final List<N> nodes;
        private final Function<N, N> parentOf;
        private final Function<N, java.util.Collection<N>> childrenOf;

        Trees(List<N> nodes, Function<N, N> parentOf, Function<N, java.util.Collection<N>> childrenOf) {
            this.nodes = nodes;
            this.parentOf = parentOf;
            this.childrenOf = childrenOf;
        }

        /** One to three distinct objects, in an order drawn from {@code random}. */
        List<N> pick(Random random) {
            List<N> shuffled = new ArrayList<>(nodes);
            Collections.shuffle(shuffled, random);
            return new ArrayList<>(shuffled.subList(0, 1 + random.nextInt(3)));
        }

        /**
         * Runs one step that links {@code incoming} under {@code owner} (none for a step that only
         * unlinks), checking it throws exactly when it would make a cycle, and then changed nothing.
         */
        void step(List<N> incoming, N owner, Runnable step) {
            boolean cycle = false;
            if (owner != null) {
                Set<N> above = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                for (N up = owner; up != null; up = parentOf.apply(up)) {
                    above.add(up);
                }
                for (N node : incoming) {
                    cycle |= above.contains(node);
                }
            }
            List<List<Object>> before = snapshot();
            if (cycle) {
                IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, step::run);
                assertThat(refused).hasMessageThat().containsMatch("^\\[Relate(Cycle|OwnParent)\\] ");
                assertWithMessage("every field after a refused step").that(snapshot()).isEqualTo(before);
                REFUSED.incrementAndGet();
            } else {
                step.run();
                for (N node : incoming) {
                    assertThat(parentOf.apply(node)).isSameInstanceAs(owner);
                }
            }
            check();
            STEPS.incrementAndGet();
        }

        private List<List<Object>> snapshot() {
            List<List<Object>> state = new ArrayList<>();
            for (N node : nodes) {
                List<N> children = new ArrayList<>(childrenOf.apply(node));
                if (!(childrenOf.apply(node) instanceof List)) {
                    children.sort(Comparator.comparingInt(nodes::indexOf));
                }
                state.add(Arrays.asList(node, parentOf.apply(node), children));
            }
            return state;
        }

        private void check() {
            Invariants.assertOneToMany("tree", nodes, nodes, childrenOf, parentOf);
            for (N node : nodes) {
                int steps = 0;
                for (N up = parentOf.apply(node); up != null; up = parentOf.apply(up)) {
                    assertWithMessage("an ancestor of %s", node).that(up).isNotSameInstanceAs(node);
                    assertWithMessage("ancestors of %s", node).that(++steps).isAtMost(nodes.size());
                }
            }
        }
    }
}
