package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.association.Entry;
import dev.relate.examples.runtime.association.EntryRelations;
import dev.relate.examples.runtime.association.Playlist;
import dev.relate.examples.runtime.association.PlaylistRelations;
import dev.relate.examples.runtime.association.Song;
import dev.relate.examples.runtime.association.SongRelations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random sequences of operations on a one-to-many list end ({@code Vertex.children}, self-referential),
 * a one-to-many set end ({@code Group.members}, a {@code HashSet}), a self-referential one-to-one
 * ({@code Vertex.next}/{@code prev}, {@code @OneToManyRel(uselist = false)}) and a one-to-one between
 * two classes ({@code Vertex.badge}/{@code Badge.vertex}, {@code @OneToOneRel}). After every step every guarantee of SPEC's "What the generated code
 * guarantees" is checked on every object, and so is what the step itself promises (its result, the
 * order it leaves, and that a step that throws changes nothing).
 *
 * <p>A second property runs random sequences over a many-to-many ({@code Subscriber.topics}, a
 * {@code List}, with {@code Topic.subscribers}, a {@code HashSet}) from both ends, checking after every
 * step the many-to-many invariant and a model of each subscriber's topics in order: so each step is
 * also checked to link what it adds, unlink what it removes, keep list order where it should, and
 * touch nothing else.
 *
 * <p>A third property runs random sequences over an association object ({@code Entry} between a
 * {@code Playlist}'s list and a {@code Song}'s hash set): linking with and without an association,
 * unlinking by pair and by association, moving an association at either end, find, and the
 * navigation views from both sides. After every step it checks that all four ends agree, that the
 * fields match a model of every association's ends and every playlist's order, and that both
 * navigation views read the far ends of their collection.
 *
 * <p>Three more properties run random sequences against a model ({@link LinkModel}) on worlds that
 * together hold every other relationship kind, each step taken through a random end
 * ({@link CollectionEndUnderTest}, {@link ScalarEndUnderTest}): {@link StorageWorld} (one-to-many with
 * {@code SortedSet}, {@code NavigableSet}, {@code LinkedList} and {@code Collection} ends, backref, a
 * self-referential navigable set, a one-to-one by backref, one-way list, set and navigable set ends and
 * a one-way scalar), {@link NetworkWorld} (many-to-many with set, list, linked-list, sorted and
 * navigable set ends, two self-referential) and {@link TransitWorld} (a self-referential association
 * object). After every step every field of every object is compared with the model, and every
 * invariant is checked with {@link Invariants}.
 *
 * <p>All properties together run at least 100,000 steps ({@link #enoughStepsRan}).
 *
 * <p>The seeds are fixed, so every run makes the same sequences; choices never depend on identity
 * hash codes (a set's iteration order is not used to pick what to remove).
 */
class RandomOperationsPropertyTest {
    private static final int VERTICES = 6;
    private static final int GROUPS = 3;
    private static final int BADGES = 4;
    private static final int KINDS = 28;
    private static final AtomicLong OPERATIONS = new AtomicLong();
    private static final int SUBSCRIBERS = 5;
    private static final int TOPICS = 5;
    private static final int MANY_TO_MANY_KINDS = 26;
    private static final AtomicLong MANY_TO_MANY_OPERATIONS = new AtomicLong();
    private static final int PLAYLISTS = 4;
    private static final int SONGS = 4;
    private static final int ASSOCIATION_KINDS = 26;
    private static final AtomicLong ASSOCIATION_OPERATIONS = new AtomicLong();
    private static final AtomicLong STORAGE_OPERATIONS = new AtomicLong();
    private static final AtomicLong NETWORK_OPERATIONS = new AtomicLong();
    private static final AtomicLong TRANSIT_OPERATIONS = new AtomicLong();

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(KINDS, 20, 60, Op::new);
    }

    @Property(tries = 500, seed = "7340912664458110", shrinking = ShrinkingMode.BOUNDED)
    void everyStepKeepsEveryEndInSync(@ForAll("operations") List<Op> ops) {
        World world = new World();
        Steps.take(ops, world::apply, world::checkAll, OPERATIONS::incrementAndGet);
    }

    @Provide
    Arbitrary<List<Op>> manyToManyOperations() {
        return Steps.of(MANY_TO_MANY_KINDS, 20, 60, Op::new);
    }

    @Property(tries = 300, seed = "5106317720844215", shrinking = ShrinkingMode.BOUNDED)
    void everyManyToManyStepKeepsBothEndsInSync(@ForAll("manyToManyOperations") List<Op> ops) {
        Subscriptions world = new Subscriptions();
        Steps.take(ops, world::apply, world::checkAll, MANY_TO_MANY_OPERATIONS::incrementAndGet);
    }

    @Provide
    Arbitrary<List<Op>> associationOperations() {
        return Steps.of(ASSOCIATION_KINDS, 20, 60, Op::new);
    }

    @Property(tries = 300, seed = "2871405532981177", shrinking = ShrinkingMode.BOUNDED)
    void everyAssociationStepKeepsAllFourEndsInSync(@ForAll("associationOperations") List<Op> ops) {
        Playlists world = new Playlists();
        Steps.take(ops, world::apply, world::checkAll, ASSOCIATION_OPERATIONS::incrementAndGet);
    }

    /** Steps whose kind picks an end of a {@link ModelWorld} and a kind of step of it. */
    @Provide
    Arbitrary<List<Op>> modelOperations() {
        return Steps.of(1 << 16, 40, 100, Op::new);
    }

    @Property(tries = 600, seed = "4419230785513120", shrinking = ShrinkingMode.BOUNDED)
    void everyOneToManyOneToOneAndOneWayStepMatchesTheModel(@ForAll("modelOperations") List<Op> ops) {
        run(new StorageWorld(), ops, STORAGE_OPERATIONS);
    }

    @Property(tries = 500, seed = "8830174402259614", shrinking = ShrinkingMode.BOUNDED)
    void everyManyToManyStepFromEitherEndMatchesTheModel(@ForAll("modelOperations") List<Op> ops) {
        run(new NetworkWorld(), ops, NETWORK_OPERATIONS);
    }

    @Property(tries = 300, seed = "1572946638201187", shrinking = ShrinkingMode.BOUNDED)
    void everySelfReferentialAssociationStepMatchesTheModel(@ForAll("modelOperations") List<Op> ops) {
        run(new TransitWorld(), ops, TRANSIT_OPERATIONS);
    }

    private static void run(ModelWorld world, List<Op> ops, AtomicLong counter) {
        Steps.take(ops, world::apply, world::checkAll, counter::incrementAndGet);
    }

    @AfterContainer
    static void enoughStepsRan() {
        assertWithMessage("steps run").that(OPERATIONS.get()).isAtLeast(10_000L);
        assertWithMessage("many-to-many steps run").that(MANY_TO_MANY_OPERATIONS.get()).isAtLeast(6_000L);
        assertWithMessage("association steps run").that(ASSOCIATION_OPERATIONS.get()).isAtLeast(6_000L);
        assertWithMessage("storage steps run").that(STORAGE_OPERATIONS.get()).isAtLeast(30_000L);
        assertWithMessage("network steps run").that(NETWORK_OPERATIONS.get()).isAtLeast(25_000L);
        assertWithMessage("transit steps run").that(TRANSIT_OPERATIONS.get()).isAtLeast(15_000L);
        long total = OPERATIONS.get() + MANY_TO_MANY_OPERATIONS.get() + ASSOCIATION_OPERATIONS.get()
                + STORAGE_OPERATIONS.get() + NETWORK_OPERATIONS.get() + TRANSIT_OPERATIONS.get();
        assertWithMessage("steps run by all properties").that(total).isAtLeast(100_000L);
    }

    /** The objects of one try, and the steps on them. */
    static final class World {
        final List<Vertex> vertices = new ArrayList<>();
        final List<Group> groups = new ArrayList<>();
        final List<Badge> badges = new ArrayList<>();

        World() {
            for (int i = 0; i < VERTICES; i++) {
                vertices.add(new Vertex(i));
            }
            for (int i = 0; i < GROUPS; i++) {
                groups.add(new Group());
            }
            for (int i = 0; i < BADGES; i++) {
                badges.add(new Badge());
            }
        }

        Vertex vertex(int n) {
            return vertices.get(n % VERTICES);
        }

        /** A vertex, or null one time in seven. */
        Vertex vertexOrNull(int n) {
            int i = n % (VERTICES + 1);
            return i == VERTICES ? null : vertices.get(i);
        }

        Group group(int n) {
            return groups.get(n % GROUPS);
        }

        Group groupOrNull(int n) {
            int i = n % (GROUPS + 1);
            return i == GROUPS ? null : groups.get(i);
        }

        Badge badge(int n) {
            return badges.get(n % BADGES);
        }

        Badge badgeOrNull(int n) {
            int i = n % (BADGES + 1);
            return i == BADGES ? null : badges.get(i);
        }

        /** Up to five vertices, possibly repeated, in an order drawn from {@code seed}. */
        List<Vertex> pick(int seed) {
            Random random = new Random(seed);
            List<Vertex> picked = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                picked.add(vertices.get(random.nextInt(VERTICES)));
            }
            return picked;
        }

        static boolean bit(int bits, Vertex vertex) {
            return (bits >> vertex.index & 1) == 1;
        }

        void checkAll(Op op) {
            String step = "after " + op;
            Invariants.assertOneToMany(step + ": Vertex.children", vertices, vertices, v -> v.children,
                    v -> v.parent);
            Invariants.assertPositions(step + ": Vertex.rank", vertices, vertices, v -> v.children, v -> v.parent,
                    v -> v.rank);
            Invariants.assertOneToMany(step + ": Group.members", groups, vertices, g -> g.members, v -> v.group);
            Invariants.assertOneToOne(step + ": Vertex.next", vertices, vertices, v -> v.next, v -> v.prev);
            Invariants.assertOneToOne(step + ": Vertex.badge", vertices, badges, v -> v.badge, b -> b.vertex);
        }

        /** Everything about every object, by pool index. */
        String state() {
            StringBuilder out = new StringBuilder();
            for (Vertex v : vertices) {
                out.append(v.index).append(": parent ").append(name(v.parent)).append(" rank ").append(v.rank)
                        .append(" children ")
                        .append(names(v.children)).append(" group ").append(groups.indexOf(v.group))
                        .append(" next ").append(name(v.next)).append(" prev ").append(name(v.prev))
                        .append(" badge ").append(badges.indexOf(v.badge)).append('\n');
            }
            for (Group g : groups) {
                List<Vertex> members = new ArrayList<>(g.members);
                members.sort(Comparator.comparingInt(v -> v.index));
                out.append("group ").append(groups.indexOf(g)).append(' ').append(names(members)).append('\n');
            }
            for (Badge b : badges) {
                out.append("badge ").append(badges.indexOf(b)).append(' ').append(name(b.vertex)).append('\n');
            }
            return out.toString();
        }

        static String name(Vertex v) {
            return v == null ? "-" : Integer.toString(v.index);
        }

        static String names(List<Vertex> list) {
            return list.stream().map(World::name).collect(Collectors.joining(",", "[", "]"));
        }

        void assertChildren(Vertex owner, List<Vertex> expected) {
            assertWithMessage("children of %s", owner.index).that(names(owner.children)).isEqualTo(names(expected));
        }

        static <E> List<E> without(List<E> list, Object element) {
            List<E> out = new ArrayList<>(list);
            out.removeIf(e -> e == element);
            return out;
        }

        static List<Vertex> distinct(List<Vertex> list) {
            List<Vertex> out = new ArrayList<>();
            Set<Vertex> seen = Invariants.identitySet();
            for (Vertex v : list) {
                if (seen.add(v)) {
                    out.add(v);
                }
            }
            return out;
        }

        void apply(Op op) {
            switch (op.kind()) {
                case 0 -> moveTo(vertex(op.a()), vertexOrNull(op.b()), false, () -> {
                    VertexRelations.setParent(vertex(op.a()), vertexOrNull(op.b()));
                    return true;
                });
                case 1 -> moveTo(vertex(op.a()), vertex(op.b()), true,
                        () -> VertexRelations.addToChildren(vertex(op.b()), vertex(op.a())));
                case 2 -> moveTo(vertex(op.a()), vertex(op.b()), true,
                        () -> VertexRelations.children(vertex(op.b())).add(vertex(op.a())));
                case 3 -> removeChild(vertex(op.b()), vertex(op.a()), true);
                case 4 -> removeChild(vertex(op.b()), vertex(op.a()), false);
                case 5 -> {
                    Vertex owner = vertex(op.a());
                    List<Vertex> before = new ArrayList<>(owner.children);
                    VertexRelations.children(owner).clear();
                    assertChildren(owner, List.of());
                    for (Vertex v : before) {
                        assertThat(v.parent).isNull();
                    }
                }
                case 6 -> replaceChildren(vertex(op.a()), pick(op.c()));
                case 7 -> removeChildrenWhere(vertex(op.a()), op.c(), true);
                case 8 -> removeChildrenWhere(vertex(op.a()), op.c(), false);
                case 9 -> setAt(vertex(op.a()), op.c(), vertex(op.b()));
                case 10 -> addAt(vertex(op.a()), op.c(), vertex(op.b()));
                case 11 -> takeAllChildren(vertex(op.a()), vertex(op.b()));
                case 12 -> reorder(vertex(op.a()), op.b(), op.c());
                case 13 -> listIteratorStep(vertex(op.a()), op.c(), vertex(op.b()));
                case 14 -> {
                    Vertex owner = vertex(op.a());
                    List<Vertex> keep = pick(op.c());
                    List<Vertex> before = new ArrayList<>(owner.children);
                    boolean changed = VertexRelations.children(owner).retainAll(keep);
                    List<Vertex> expected = new ArrayList<>(before);
                    expected.removeIf(v -> !keep.contains(v));
                    assertThat(changed).isEqualTo(expected.size() != before.size());
                    assertChildren(owner, expected);
                }
                case 15 -> moveToGroup(vertex(op.a()), groupOrNull(op.b()), op.c());
                case 16 -> moveToGroup(vertex(op.a()), group(op.b()), op.c());
                case 17 -> removeMember(group(op.b()), vertex(op.a()), (op.c() & 1) == 0);
                case 18 -> removeMembersWhere(group(op.a()), op.c(), op.b() % 3);
                case 19 -> replaceMembers(group(op.a()), pick(op.c()));
                case 20 -> removeMembersWhere(group(op.a()), op.c(), 3);
                case 21 -> link(vertex(op.a()), vertexOrNull(op.b()), true);
                case 22 -> link(vertexOrNull(op.b()), vertex(op.a()), false);
                case 23 -> giveBadge(vertex(op.a()), badgeOrNull(op.b()), true);
                case 24 -> giveBadge(vertexOrNull(op.a()), badge(op.b()), false);
                case 25 -> selfReference(vertex(op.a()), op.c() % 4);
                case 26 -> addAllChildren(vertex(op.a()), pick(op.c()));
                case 27 -> rejectNull(vertex(op.a()), group(op.b()), op.c() % 4);
                default -> throw new AssertionError("no step " + op.kind());
            }
        }

        /**
         * Moves {@code child} to {@code owner} (null: out of its parent) by {@code step}, which returns
         * whether it changed anything when {@code reportsChange}.
         */
        void moveTo(Vertex child, Vertex owner, boolean reportsChange, BooleanSupplier step) {
            Vertex previous = child.parent;
            List<Vertex> ownerBefore = owner == null ? null : new ArrayList<>(owner.children);
            List<Vertex> previousBefore = previous == null ? null : new ArrayList<>(previous.children);
            boolean changed = step.getAsBoolean();
            if (reportsChange) {
                assertThat(changed).isEqualTo(previous != owner);
            }
            assertThat(child.parent).isSameInstanceAs(owner);
            if (owner != null) {
                List<Vertex> expected = new ArrayList<>(ownerBefore);
                if (previous != owner) {
                    expected.add(child);
                }
                assertChildren(owner, expected);
            }
            if (previous != null && previous != owner) {
                assertChildren(previous, without(previousBefore, child));
            }
        }

        void removeChild(Vertex owner, Vertex child, boolean helper) {
            boolean member = child.parent == owner;
            List<Vertex> before = new ArrayList<>(owner.children);
            String state = state();
            boolean removed = helper ? VertexRelations.removeFromChildren(owner, child)
                    : VertexRelations.children(owner).remove(child);
            assertThat(removed).isEqualTo(member);
            if (member) {
                assertThat(child.parent).isNull();
                assertChildren(owner, without(before, child));
            } else {
                assertThat(state()).isEqualTo(state);
            }
        }

        void replaceChildren(Vertex owner, List<Vertex> incoming) {
            List<Vertex> before = new ArrayList<>(owner.children);
            VertexRelations.setChildren(owner, incoming);
            List<Vertex> expected = distinct(incoming);
            assertChildren(owner, expected);
            for (Vertex v : before) {
                if (!expected.contains(v)) {
                    assertThat(v.parent).isNull();
                }
            }
        }

        void removeChildrenWhere(Vertex owner, int bits, boolean iterator) {
            List<Vertex> before = new ArrayList<>(owner.children);
            if (iterator) {
                for (Iterator<Vertex> it = VertexRelations.children(owner).iterator(); it.hasNext(); ) {
                    if (bit(bits, it.next())) {
                        it.remove();
                    }
                }
            } else {
                VertexRelations.children(owner).removeIf(v -> bit(bits, v));
            }
            List<Vertex> expected = new ArrayList<>(before);
            expected.removeIf(v -> bit(bits, v));
            assertChildren(owner, expected);
            for (Vertex v : before) {
                if (bit(bits, v)) {
                    assertThat(v.parent).isNull();
                }
            }
        }

        void setAt(Vertex owner, int position, Vertex element) {
            List<Vertex> before = new ArrayList<>(owner.children);
            if (before.isEmpty()) {
                String state = state();
                assertThrows(IndexOutOfBoundsException.class, () -> VertexRelations.children(owner).set(0, element));
                assertThat(state()).isEqualTo(state);
                return;
            }
            int index = position % before.size();
            Vertex replaced = before.get(index);
            Vertex elementParent = element.parent;
            List<Vertex> elementParentBefore = elementParent == null ? null : new ArrayList<>(elementParent.children);
            assertThat(VertexRelations.children(owner).set(index, element)).isSameInstanceAs(replaced);
            List<Vertex> expected = new ArrayList<>(before);
            if (elementParent == owner) {
                Collections.swap(expected, index, before.indexOf(element));
            } else {
                expected.set(index, element);
                assertThat(replaced.parent).isNull();
                if (elementParent != null) {
                    assertChildren(elementParent, without(elementParentBefore, element));
                }
            }
            assertThat(element.parent).isSameInstanceAs(owner);
            assertChildren(owner, expected);
        }

        void addAt(Vertex owner, int position, Vertex element) {
            List<Vertex> before = new ArrayList<>(owner.children);
            int index = position % (before.size() + 1);
            if (element.parent == owner) {
                String state = state();
                assertThrows(IllegalArgumentException.class, () -> VertexRelations.children(owner).add(index, element));
                assertThat(state()).isEqualTo(state);
                return;
            }
            VertexRelations.children(owner).add(index, element);
            List<Vertex> expected = new ArrayList<>(before);
            expected.add(index, element);
            assertChildren(owner, expected);
            assertThat(element.parent).isSameInstanceAs(owner);
        }

        void takeAllChildren(Vertex owner, Vertex from) {
            List<Vertex> ownerBefore = new ArrayList<>(owner.children);
            List<Vertex> fromBefore = new ArrayList<>(from.children);
            String state = state();
            boolean changed = VertexRelations.children(owner).addAll(VertexRelations.children(from));
            if (owner == from) {
                assertThat(changed).isFalse();
                assertThat(state()).isEqualTo(state);
                return;
            }
            assertThat(changed).isEqualTo(!fromBefore.isEmpty());
            List<Vertex> expected = new ArrayList<>(ownerBefore);
            expected.addAll(fromBefore);
            assertChildren(owner, expected);
            assertChildren(from, List.of());
        }

        void addAllChildren(Vertex owner, List<Vertex> incoming) {
            List<Vertex> expected = new ArrayList<>(owner.children);
            for (Vertex v : distinct(incoming)) {
                if (v.parent != owner) {
                    expected.add(v);
                }
            }
            boolean expectChange = expected.size() != owner.children.size();
            assertThat(VertexRelations.children(owner).addAll(incoming)).isEqualTo(expectChange);
            assertChildren(owner, expected);
        }

        void reorder(Vertex owner, int how, int seed) {
            List<Vertex> expected = new ArrayList<>(owner.children);
            if (expected.isEmpty()) {
                return;
            }
            List<Vertex> view = VertexRelations.children(owner);
            switch (how % 4) {
                case 0 -> {
                    int i = seed % expected.size();
                    int j = (seed / 7) % expected.size();
                    Collections.swap(view, i, j);
                    Collections.swap(expected, i, j);
                }
                case 1 -> {
                    Collections.reverse(view);
                    Collections.reverse(expected);
                }
                case 2 -> {
                    Collections.shuffle(view, new Random(seed));
                    Collections.shuffle(expected, new Random(seed));
                }
                default -> {
                    view.sort(Comparator.comparingInt(v -> -v.index));
                    expected.sort(Comparator.comparingInt(v -> -v.index));
                }
            }
            assertChildren(owner, expected);
        }

        void listIteratorStep(Vertex owner, int choice, Vertex element) {
            List<Vertex> before = new ArrayList<>(owner.children);
            if (before.isEmpty()) {
                return;
            }
            int index = choice % before.size();
            ListIterator<Vertex> it = VertexRelations.children(owner).listIterator();
            for (int i = 0; i <= index; i++) {
                it.next();
            }
            Vertex current = before.get(index);
            List<Vertex> expected = new ArrayList<>(before);
            switch ((choice >> 8) % 3) {
                case 0 -> {
                    it.remove();
                    expected.remove(index);
                    assertThat(current.parent).isNull();
                }
                case 1 -> {
                    Vertex elementParent = element.parent;
                    it.set(element);
                    if (elementParent == owner) {
                        Collections.swap(expected, index, before.indexOf(element));
                    } else {
                        expected.set(index, element);
                        assertThat(current.parent).isNull();
                    }
                    assertThat(element.parent).isSameInstanceAs(owner);
                }
                default -> {
                    if (element.parent == owner) {
                        String state = state();
                        assertThrows(IllegalArgumentException.class, () -> it.add(element));
                        assertThat(state()).isEqualTo(state);
                    } else {
                        it.add(element);
                        expected.add(index + 1, element);
                        assertThat(element.parent).isSameInstanceAs(owner);
                    }
                }
            }
            assertChildren(owner, expected);
        }

        void moveToGroup(Vertex member, Group group, int how) {
            Group previous = member.group;
            switch (how % 3) {
                case 0 -> VertexRelations.setGroup(member, group);
                case 1 -> {
                    if (group == null) {
                        VertexRelations.setGroup(member, null);
                    } else {
                        assertThat(GroupRelations.addToMembers(group, member)).isEqualTo(previous != group);
                    }
                }
                default -> {
                    if (group == null) {
                        VertexRelations.setGroup(member, null);
                    } else {
                        assertThat(GroupRelations.members(group).add(member)).isEqualTo(previous != group);
                    }
                }
            }
            assertThat(member.group).isSameInstanceAs(group);
            if (group != null) {
                assertThat(Invariants.countSame(group.members, member)).isEqualTo(1);
            }
            if (previous != null && previous != group) {
                assertThat(Invariants.countSame(previous.members, member)).isEqualTo(0);
            }
        }

        void removeMember(Group group, Vertex member, boolean helper) {
            boolean wasMember = member.group == group;
            String state = state();
            int size = group.members.size();
            boolean removed = helper ? GroupRelations.removeFromMembers(group, member)
                    : GroupRelations.members(group).remove(member);
            assertThat(removed).isEqualTo(wasMember);
            if (wasMember) {
                assertThat(member.group).isNull();
                assertThat(group.members).hasSize(size - 1);
            } else {
                assertThat(state()).isEqualTo(state);
            }
        }

        void removeMembersWhere(Group group, int bits, int how) {
            List<Vertex> before = new ArrayList<>(group.members);
            Set<Vertex> view = GroupRelations.members(group);
            switch (how) {
                case 0 -> view.removeIf(v -> bit(bits, v));
                case 1 -> view.removeAll(vertices.stream().filter(v -> bit(bits, v)).collect(Collectors.toList()));
                case 2 -> {
                    view.clear();
                    for (Vertex v : before) {
                        assertThat(v.group).isNull();
                    }
                    assertThat(group.members).isEmpty();
                    return;
                }
                default -> {
                    for (Iterator<Vertex> it = view.iterator(); it.hasNext(); ) {
                        if (bit(bits, it.next())) {
                            it.remove();
                        }
                    }
                }
            }
            for (Vertex v : before) {
                if (bit(bits, v)) {
                    assertThat(v.group).isNull();
                } else {
                    assertThat(v.group).isSameInstanceAs(group);
                }
            }
        }

        void replaceMembers(Group group, List<Vertex> incoming) {
            List<Vertex> before = new ArrayList<>(group.members);
            GroupRelations.setMembers(group, incoming);
            List<Vertex> expected = distinct(incoming);
            assertThat(group.members).containsExactlyElementsIn(expected);
            for (Vertex v : expected) {
                assertThat(v.group).isSameInstanceAs(group);
            }
            for (Vertex v : before) {
                if (!expected.contains(v)) {
                    assertThat(v.group).isNull();
                }
            }
        }

        /** Links {@code from.next} and {@code to.prev}, through the helper of one end; either may be null. */
        void link(Vertex from, Vertex to, boolean fromNext) {
            if (fromNext) {
                Vertex oldNext = from.next;
                Vertex oldPrevOfTo = to == null ? null : to.prev;
                VertexRelations.setNext(from, to);
                assertThat(from.next).isSameInstanceAs(to);
                if (to != null) {
                    assertThat(to.prev).isSameInstanceAs(from);
                }
                if (oldNext != null && oldNext != to) {
                    assertThat(oldNext.prev).isNull();
                }
                if (oldPrevOfTo != null && oldPrevOfTo != from) {
                    assertThat(oldPrevOfTo.next).isNull();
                }
            } else {
                Vertex oldPrev = to.prev;
                Vertex oldNextOfFrom = from == null ? null : from.next;
                VertexRelations.setPrev(to, from);
                assertThat(to.prev).isSameInstanceAs(from);
                if (from != null) {
                    assertThat(from.next).isSameInstanceAs(to);
                }
                if (oldPrev != null && oldPrev != from) {
                    assertThat(oldPrev.next).isNull();
                }
                if (oldNextOfFrom != null && oldNextOfFrom != to) {
                    assertThat(oldNextOfFrom.prev).isNull();
                }
            }
        }

        void giveBadge(Vertex vertex, Badge badge, boolean fromVertex) {
            if (fromVertex) {
                Badge old = vertex.badge;
                Vertex oldHolder = badge == null ? null : badge.vertex;
                VertexRelations.setBadge(vertex, badge);
                assertThat(vertex.badge).isSameInstanceAs(badge);
                if (old != null && old != badge) {
                    assertThat(old.vertex).isNull();
                }
                if (oldHolder != null && oldHolder != vertex) {
                    assertThat(oldHolder.badge).isNull();
                }
            } else {
                Vertex old = badge.vertex;
                Badge oldBadge = vertex == null ? null : vertex.badge;
                BadgeRelations.setVertex(badge, vertex);
                assertThat(badge.vertex).isSameInstanceAs(vertex);
                if (old != null && old != vertex) {
                    assertThat(old.badge).isNull();
                }
                if (oldBadge != null && oldBadge != badge) {
                    assertThat(oldBadge.vertex).isNull();
                }
            }
        }

        void selfReference(Vertex v, int how) {
            switch (how) {
                case 0 -> moveTo(v, v, false, () -> {
                    VertexRelations.setParent(v, v);
                    return true;
                });
                case 1 -> moveTo(v, v, true, () -> VertexRelations.children(v).add(v));
                case 2 -> link(v, v, true);
                default -> link(v, v, false);
            }
        }

        void rejectNull(Vertex owner, Group group, int how) {
            String state = state();
            Class<NullPointerException> npe = NullPointerException.class;
            switch (how) {
                case 0 -> assertThrows(npe, () -> VertexRelations.addToChildren(owner, null));
                case 1 -> assertThrows(npe, () -> VertexRelations.setChildren(owner, Arrays.asList(owner, null)));
                case 2 -> assertThrows(npe, () -> GroupRelations.members(group).add(null));
                default -> assertThrows(npe, () -> VertexRelations.children(owner).addAll(Arrays.asList(owner, null)));
            }
            assertThat(state()).isEqualTo(state);
        }
    }

    /**
     * The objects of one many-to-many try, and a model of their links: by subscriber index, the
     * indexes of its topics in the order its list holds them. The topics' sets have no order, so the
     * model says everything there is to say about both ends.
     */
    static final class Subscriptions {
        final List<Subscriber> subscribers = new ArrayList<>();
        final List<Topic> topics = new ArrayList<>();
        final List<List<Integer>> model = new ArrayList<>();

        Subscriptions() {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                subscribers.add(new Subscriber(i));
                model.add(new ArrayList<>());
            }
            for (int i = 0; i < TOPICS; i++) {
                topics.add(new Topic(i));
            }
        }

        Subscriber subscriber(int n) {
            return subscribers.get(n % SUBSCRIBERS);
        }

        Topic topic(int n) {
            return topics.get(n % TOPICS);
        }

        /** Up to five topics, possibly repeated, in an order drawn from {@code seed}. */
        List<Topic> pickTopics(int seed) {
            Random random = new Random(seed);
            List<Topic> picked = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                picked.add(topics.get(random.nextInt(TOPICS)));
            }
            return picked;
        }

        /** Up to five subscribers, possibly repeated, in an order drawn from {@code seed}. */
        List<Subscriber> pickSubscribers(int seed) {
            Random random = new Random(seed ^ 0x5bd1e995);
            List<Subscriber> picked = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                picked.add(subscribers.get(random.nextInt(SUBSCRIBERS)));
            }
            return picked;
        }

        static boolean bit(int bits, int index) {
            return (bits >> index & 1) == 1;
        }

        List<Integer> modelOf(Subscriber subscriber) {
            return model.get(subscriber.index);
        }

        boolean linked(Subscriber subscriber, Topic topic) {
            return modelOf(subscriber).contains(topic.index);
        }

        /** A new link appends the topic to the subscriber's list, from whichever end it is made. */
        void link(Subscriber subscriber, Topic topic) {
            if (!linked(subscriber, topic)) {
                modelOf(subscriber).add(topic.index);
            }
        }

        void unlink(Subscriber subscriber, Topic topic) {
            modelOf(subscriber).remove(Integer.valueOf(topic.index));
        }

        static List<Integer> topicIndexes(Collection<Topic> held) {
            List<Integer> out = new ArrayList<>();
            for (Topic topic : held) {
                out.add(topic.index);
            }
            return out;
        }

        static Set<Integer> subscriberIndexes(Collection<Subscriber> held) {
            Set<Integer> out = new TreeSet<>();
            for (Subscriber subscriber : held) {
                out.add(subscriber.index);
            }
            return out;
        }

        /** Both ends of every object, read from the fields. */
        String state() {
            StringBuilder out = new StringBuilder();
            for (Subscriber subscriber : subscribers) {
                out.append(subscriber.index).append(": ").append(topicIndexes(subscriber.topics)).append('\n');
            }
            for (Topic topic : topics) {
                out.append("topic ").append(topic.index).append(": ").append(subscriberIndexes(topic.subscribers))
                        .append('\n');
            }
            return out.toString();
        }

        void checkAll(Op op) {
            String step = "after " + op;
            Invariants.assertManyToMany(step + ": Subscriber.topics", subscribers, topics,
                    subscriber -> subscriber.topics, topic -> topic.subscribers);
            for (Subscriber subscriber : subscribers) {
                assertWithMessage("%s: topics of subscriber %s", step, subscriber.index)
                        .that(topicIndexes(subscriber.topics)).isEqualTo(modelOf(subscriber));
            }
            for (Topic topic : topics) {
                Set<Integer> expected = new TreeSet<>();
                for (Subscriber subscriber : subscribers) {
                    if (linked(subscriber, topic)) {
                        expected.add(subscriber.index);
                    }
                }
                assertWithMessage("%s: subscribers of topic %s", step, topic.index)
                        .that(subscriberIndexes(topic.subscribers)).isEqualTo(expected);
            }
        }

        /** {@code call} throws {@code type} and changes nothing. */
        void assertRefused(Class<? extends RuntimeException> type, Runnable call) {
            String state = state();
            assertThrows(type, call::run);
            assertThat(state()).isEqualTo(state);
        }

        void apply(Op op) {
            Subscriber s = subscriber(op.a());
            Topic t = topic(op.b());
            int c = op.c();
            boolean linked = linked(s, t);
            switch (op.kind()) {
                case 0 -> assertThat(SubscriberRelations.addToTopics(s, t)).isEqualTo(!linked);
                case 1 -> assertThat(TopicRelations.addToSubscribers(t, s)).isEqualTo(!linked);
                case 2 -> assertThat(SubscriberRelations.topics(s).add(t)).isEqualTo(!linked);
                case 3 -> assertThat(TopicRelations.subscribers(t).add(s)).isEqualTo(!linked);
                case 4 -> assertThat(SubscriberRelations.removeFromTopics(s, t)).isEqualTo(linked);
                case 5 -> assertThat(TopicRelations.removeFromSubscribers(t, s)).isEqualTo(linked);
                case 6 -> assertThat(SubscriberRelations.topics(s).remove(t)).isEqualTo(linked);
                case 7 -> assertThat(TopicRelations.subscribers(t).remove(s)).isEqualTo(linked);
                case 8 -> removeAt(s, c);
                case 9 -> addAt(s, t, c);
                case 10 -> setAt(s, t, c);
                case 11 -> replaceTopics(s, pickTopics(c));
                case 12 -> replaceSubscribers(t, pickSubscribers(c));
                case 13 -> {
                    SubscriberRelations.topics(s).clear();
                    modelOf(s).clear();
                }
                case 14 -> {
                    TopicRelations.subscribers(t).clear();
                    for (Subscriber subscriber : subscribers) {
                        unlink(subscriber, t);
                    }
                }
                case 15 -> removeTopicsWhere(s, c, c % 3);
                case 16 -> removeSubscribersWhere(t, c, c % 3);
                case 17 -> reorder(s, c % 4, c);
                case 18 -> addAll(s, t, c);
                case 19 -> listIteratorStep(s, t, c);
                case 20 -> subListStep(s, t, c);
                case 21 -> addAllAt(s, c);
                case 22 -> replaceAll(s, c);
                case 23 -> rejectNull(s, t, c % 7);
                case 24 -> {
                    // a topic's set and a subscriber's list read the same links
                    assertThat(TopicRelations.subscribers(t).contains(s)).isEqualTo(linked);
                    assertThat(SubscriberRelations.topics(s).contains(t)).isEqualTo(linked);
                    assertThat(SubscriberRelations.topics(s).indexOf(t)).isEqualTo(modelOf(s).indexOf(t.index));
                }
                default -> {
                    // the same link made from one end and then again from the other
                    TopicRelations.addToSubscribers(t, s);
                    link(s, t);
                    assertThat(SubscriberRelations.addToTopics(s, t)).isFalse();
                }
            }
            switch (op.kind()) {
                case 0, 1, 2, 3 -> link(s, t);
                case 4, 5, 6, 7 -> unlink(s, t);
                default -> {
                }
            }
        }

        void removeAt(Subscriber s, int c) {
            List<Integer> expected = modelOf(s);
            if (expected.isEmpty()) {
                assertRefused(IndexOutOfBoundsException.class, () -> SubscriberRelations.topics(s).remove(0));
                return;
            }
            int index = c % expected.size();
            Topic removed = SubscriberRelations.topics(s).remove(index);
            assertThat(removed.index).isEqualTo(expected.get(index));
            expected.remove(index);
        }

        void addAt(Subscriber s, Topic t, int c) {
            List<Integer> expected = modelOf(s);
            int index = c % (expected.size() + 1);
            if (linked(s, t)) {
                assertRefused(IllegalArgumentException.class, () -> SubscriberRelations.topics(s).add(index, t));
            } else {
                SubscriberRelations.topics(s).add(index, t);
                expected.add(index, t.index);
            }
        }

        void setAt(Subscriber s, Topic t, int c) {
            List<Integer> expected = modelOf(s);
            if (expected.isEmpty()) {
                return;
            }
            int index = c % expected.size();
            int previous = expected.get(index);
            boolean wasLinked = linked(s, t);
            assertThat(SubscriberRelations.topics(s).set(index, t).index).isEqualTo(previous);
            if (wasLinked) {
                Collections.swap(expected, index, expected.indexOf(t.index));
            } else {
                expected.set(index, t.index);
            }
        }

        void replaceTopics(Subscriber s, List<Topic> incoming) {
            SubscriberRelations.setTopics(s, incoming);
            List<Integer> expected = modelOf(s);
            expected.clear();
            for (Topic topic : incoming) {
                if (!expected.contains(topic.index)) {
                    expected.add(topic.index);
                }
            }
        }

        /** Replacing from the set end: what stayed keeps its place in each subscriber's list. */
        void replaceSubscribers(Topic t, List<Subscriber> incoming) {
            TopicRelations.setSubscribers(t, incoming);
            for (Subscriber subscriber : subscribers) {
                if (incoming.contains(subscriber)) {
                    link(subscriber, t);
                } else {
                    unlink(subscriber, t);
                }
            }
        }

        void removeTopicsWhere(Subscriber s, int bits, int how) {
            List<Topic> view = SubscriberRelations.topics(s);
            boolean any = modelOf(s).stream().anyMatch(i -> bit(bits, i));
            switch (how) {
                case 0 -> assertThat(view.removeIf(topic -> bit(bits, topic.index))).isEqualTo(any);
                case 1 -> {
                    List<Topic> kept = new ArrayList<>();
                    for (Topic topic : topics) {
                        if (!bit(bits, topic.index)) {
                            kept.add(topic);
                        }
                    }
                    assertThat(view.retainAll(kept)).isEqualTo(any);
                }
                default -> {
                    for (Iterator<Topic> it = view.iterator(); it.hasNext(); ) {
                        if (bit(bits, it.next().index)) {
                            it.remove();
                        }
                    }
                }
            }
            modelOf(s).removeIf(i -> bit(bits, i));
        }

        void removeSubscribersWhere(Topic t, int bits, int how) {
            Set<Subscriber> view = TopicRelations.subscribers(t);
            switch (how) {
                case 0 -> view.removeIf(subscriber -> bit(bits, subscriber.index));
                case 1 -> {
                    List<Subscriber> kept = new ArrayList<>();
                    for (Subscriber subscriber : subscribers) {
                        if (!bit(bits, subscriber.index)) {
                            kept.add(subscriber);
                        }
                    }
                    view.retainAll(kept);
                }
                default -> {
                    for (Iterator<Subscriber> it = view.iterator(); it.hasNext(); ) {
                        if (bit(bits, it.next().index)) {
                            it.remove();
                        }
                    }
                }
            }
            for (Subscriber subscriber : subscribers) {
                if (bit(bits, subscriber.index)) {
                    unlink(subscriber, t);
                }
            }
        }

        void reorder(Subscriber s, int how, int seed) {
            List<Integer> expected = modelOf(s);
            if (expected.isEmpty()) {
                return;
            }
            List<Topic> view = SubscriberRelations.topics(s);
            switch (how) {
                case 0 -> {
                    int i = seed % expected.size();
                    int j = (seed / 7) % expected.size();
                    Collections.swap(view, i, j);
                    Collections.swap(expected, i, j);
                }
                case 1 -> {
                    Collections.reverse(view);
                    Collections.reverse(expected);
                }
                case 2 -> {
                    Collections.shuffle(view, new Random(seed));
                    Collections.shuffle(expected, new Random(seed));
                }
                default -> {
                    view.sort(Comparator.comparingInt(topic -> -topic.index));
                    expected.sort(Comparator.comparingInt(i -> -i));
                }
            }
        }

        void addAll(Subscriber s, Topic t, int c) {
            if (c % 2 == 0) {
                List<Topic> incoming = pickTopics(c);
                int before = modelOf(s).size();
                for (Topic topic : incoming) {
                    link(s, topic);
                }
                assertThat(SubscriberRelations.topics(s).addAll(incoming)).isEqualTo(modelOf(s).size() != before);
            } else {
                List<Subscriber> incoming = pickSubscribers(c);
                boolean changed = false;
                for (Subscriber subscriber : incoming) {
                    changed |= !linked(subscriber, t);
                    link(subscriber, t);
                }
                assertThat(TopicRelations.subscribers(t).addAll(incoming)).isEqualTo(changed);
            }
        }

        void listIteratorStep(Subscriber s, Topic t, int choice) {
            List<Integer> expected = modelOf(s);
            if (expected.isEmpty()) {
                return;
            }
            int index = choice % expected.size();
            ListIterator<Topic> it = SubscriberRelations.topics(s).listIterator();
            for (int i = 0; i <= index; i++) {
                it.next();
            }
            int current = expected.get(index);
            switch ((choice >> 8) % 3) {
                case 0 -> {
                    it.remove();
                    expected.remove(index);
                }
                case 1 -> {
                    boolean wasLinked = linked(s, t);
                    it.set(t);
                    if (wasLinked) {
                        Collections.swap(expected, index, expected.indexOf(t.index));
                    } else {
                        expected.set(index, t.index);
                    }
                    assertThat(TopicRelations.subscribers(topic(current)).contains(s))
                            .isEqualTo(current == t.index || wasLinked);
                }
                default -> {
                    if (linked(s, t)) {
                        assertRefused(IllegalArgumentException.class, () -> it.add(t));
                    } else {
                        it.add(t);
                        expected.add(index + 1, t.index);
                    }
                }
            }
        }

        void subListStep(Subscriber s, Topic t, int c) {
            List<Integer> expected = modelOf(s);
            int from = c % (expected.size() + 1);
            int to = from + (c / 7) % (expected.size() - from + 1);
            List<Topic> sub = SubscriberRelations.topics(s).subList(from, to);
            if (c % 3 == 0) {
                if (linked(s, t)) {
                    assertRefused(IllegalArgumentException.class, () -> sub.add(t));
                } else {
                    assertThat(sub.add(t)).isTrue();
                    expected.add(to, t.index);
                }
            } else {
                sub.clear();
                expected.subList(from, to).clear();
            }
        }

        void addAllAt(Subscriber s, int c) {
            List<Integer> expected = modelOf(s);
            int index = c % (expected.size() + 1);
            List<Topic> incoming = pickTopics(c);
            Set<Integer> seen = new TreeSet<>();
            boolean refused = false;
            for (Topic topic : incoming) {
                refused |= linked(s, topic) || !seen.add(topic.index);
            }
            if (refused) {
                assertRefused(IllegalArgumentException.class,
                        () -> SubscriberRelations.topics(s).addAll(index, incoming));
            } else {
                assertThat(SubscriberRelations.topics(s).addAll(index, incoming)).isEqualTo(!incoming.isEmpty());
                expected.addAll(index, topicIndexes(incoming));
            }
        }

        void replaceAll(Subscriber s, int c) {
            List<Integer> expected = modelOf(s);
            int factor = c % 3;
            int shift = (c / 3) % TOPICS;
            List<Integer> mapped = new ArrayList<>();
            for (int i : expected) {
                mapped.add((i * factor + shift) % TOPICS);
            }
            if (new TreeSet<>(mapped).size() < mapped.size()) {
                assertRefused(IllegalArgumentException.class, () -> SubscriberRelations.topics(s)
                        .replaceAll(topic -> topic((topic.index * factor + shift) % TOPICS)));
            } else {
                SubscriberRelations.topics(s).replaceAll(topic -> topic((topic.index * factor + shift) % TOPICS));
                expected.clear();
                expected.addAll(mapped);
            }
        }

        void rejectNull(Subscriber s, Topic t, int how) {
            Class<NullPointerException> npe = NullPointerException.class;
            switch (how) {
                case 0 -> assertRefused(npe, () -> SubscriberRelations.addToTopics(s, null));
                case 1 -> assertRefused(npe, () -> SubscriberRelations.topics(s).add(0, null));
                case 2 -> assertRefused(npe, () -> TopicRelations.subscribers(t).add(null));
                case 3 -> assertRefused(npe, () -> SubscriberRelations.setTopics(s, Arrays.asList(t, null)));
                case 4 -> assertRefused(npe, () -> TopicRelations.setSubscribers(t, Arrays.asList(s, null)));
                case 5 -> assertRefused(npe, () -> TopicRelations.subscribers(t).addAll(Arrays.asList(s, null)));
                default -> assertRefused(npe, () -> SubscriberRelations.topics(s).addAll(Arrays.asList(t, null)));
            }
        }
    }

    /**
     * The objects of one association try, every association made in it, and a model of them: each
     * association's playlist, song and extra data, and each playlist's associations in the order its
     * list holds them. A song's set has no order, so the model says everything about all four ends.
     */
    static final class Playlists {
        final List<Playlist> playlists = new ArrayList<>();
        final List<Song> songs = new ArrayList<>();
        /** Every association made, in the order made: its index is its name in messages. */
        final List<Entry> entries = new ArrayList<>();
        final Map<Entry, Playlist> playlistOf = new IdentityHashMap<>();
        final Map<Entry, Song> songOf = new IdentityHashMap<>();
        final Map<Entry, Integer> playsOf = new IdentityHashMap<>();
        final List<List<Entry>> order = new ArrayList<>();

        Playlists() {
            for (int i = 0; i < PLAYLISTS; i++) {
                playlists.add(new Playlist(i));
                order.add(new ArrayList<>());
            }
            for (int i = 0; i < SONGS; i++) {
                songs.add(new Song(i));
            }
        }

        Playlist playlist(int n) {
            return playlists.get(n % PLAYLISTS);
        }

        /** A playlist, or null one time in five. */
        Playlist playlistOrNull(int n) {
            int i = n % (PLAYLISTS + 1);
            return i == PLAYLISTS ? null : playlists.get(i);
        }

        Song song(int n) {
            return songs.get(n % SONGS);
        }

        Song songOrNull(int n) {
            int i = n % (SONGS + 1);
            return i == SONGS ? null : songs.get(i);
        }

        /** An association made earlier (linked or not), or a new unlinked one when there is none yet. */
        Entry entry(int n) {
            if (entries.isEmpty()) {
                adopt(new Entry(0));
            }
            return entries.get(n % entries.size());
        }

        /** Registers an association the model has not seen, as made unlinked with {@code plays}. */
        Entry adopt(Entry entry) {
            assertWithMessage("a new association").that(Invariants.countSame(entries, entry)).isEqualTo(0);
            entries.add(entry);
            playsOf.put(entry, entry.plays);
            return entry;
        }

        /** Up to five associations made earlier, possibly repeated, in an order drawn from {@code seed}. */
        List<Entry> pickEntries(int seed) {
            Random random = new Random(seed);
            List<Entry> picked = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0 && !entries.isEmpty(); i--) {
                picked.add(entries.get(random.nextInt(entries.size())));
            }
            return picked;
        }

        List<Playlist> pickPlaylists(int seed) {
            Random random = new Random(seed ^ 0x5bd1e995);
            List<Playlist> picked = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                picked.add(playlists.get(random.nextInt(PLAYLISTS)));
            }
            return picked;
        }

        static boolean bit(int bits, int index) {
            return (bits >> index & 1) == 1;
        }

        // --- the model ---

        void modelSetPlaylist(Entry entry, Playlist playlist) {
            Playlist previous = playlistOf.get(entry);
            if (previous == playlist) {
                return;
            }
            if (previous != null) {
                order.get(previous.index).removeIf(e -> e == entry);
            }
            if (playlist != null) {
                order.get(playlist.index).add(entry);
                playlistOf.put(entry, playlist);
            } else {
                playlistOf.remove(entry);
            }
        }

        void modelSetSong(Entry entry, Song song) {
            if (song == null) {
                songOf.remove(entry);
            } else {
                songOf.put(entry, song);
            }
        }

        void modelLink(Playlist playlist, Song song, Entry entry) {
            modelSetPlaylist(entry, playlist);
            modelSetSong(entry, song);
        }

        void modelUnlink(Entry entry) {
            modelLink(null, null, entry);
        }

        /** The associations of the pair in the playlist's order. */
        List<Entry> modelPair(Playlist playlist, Song song) {
            List<Entry> out = new ArrayList<>();
            for (Entry entry : order.get(playlist.index)) {
                if (songOf.get(entry) == song) {
                    out.add(entry);
                }
            }
            return out;
        }

        /** The associations whose song is {@code song}, in the order made. */
        List<Entry> modelOfSong(Song song) {
            List<Entry> out = new ArrayList<>();
            for (Entry entry : entries) {
                if (songOf.get(entry) == song) {
                    out.add(entry);
                }
            }
            return out;
        }

        // --- checks ---

        String name(Entry entry) {
            return entry == null ? "-" : "e" + entries.indexOf(entry);
        }

        List<String> names(Collection<Entry> held) {
            List<String> out = new ArrayList<>();
            for (Entry entry : held) {
                out.add(name(entry));
            }
            return out;
        }

        /** Every field, read plainly; a song's set sorted by name. */
        String state() {
            StringBuilder out = new StringBuilder();
            for (Playlist playlist : playlists) {
                out.append("playlist ").append(playlist.index).append(' ').append(names(playlist.entries)).append('\n');
            }
            for (Song song : songs) {
                List<String> held = names(song.entries);
                Collections.sort(held);
                out.append("song ").append(song.index).append(' ').append(held).append('\n');
            }
            for (Entry entry : entries) {
                out.append(name(entry)).append(": ")
                        .append(entry.playlist == null ? "-" : Integer.toString(entry.playlist.index)).append(' ')
                        .append(entry.song == null ? "-" : Integer.toString(entry.song.index)).append(' ')
                        .append(entry.plays).append('\n');
            }
            return out.toString();
        }

        void checkAll(Op op) {
            String step = "after " + op;
            Invariants.assertAssociations(step + ": Entry", playlists, songs, entries,
                    playlist -> playlist.entries, entry -> entry.playlist, song -> song.entries, entry -> entry.song);
            for (Entry entry : entries) {
                assertWithMessage("%s: playlist of %s", step, name(entry)).that(entry.playlist)
                        .isSameInstanceAs(playlistOf.get(entry));
                assertWithMessage("%s: song of %s", step, name(entry)).that(entry.song)
                        .isSameInstanceAs(songOf.get(entry));
                assertWithMessage("%s: plays of %s", step, name(entry)).that(entry.plays)
                        .isEqualTo(playsOf.get(entry));
            }
            for (Playlist playlist : playlists) {
                assertWithMessage("%s: entries of playlist %s", step, playlist.index).that(names(playlist.entries))
                        .isEqualTo(names(order.get(playlist.index)));
                List<Song> expected = new ArrayList<>();
                for (Entry entry : playlist.entries) {
                    expected.add(entry.song);
                }
                List<Song> view = PlaylistRelations.songOfEntries(playlist);
                assertWithMessage("%s: songs of playlist %s", step, playlist.index).that(new ArrayList<>(view))
                        .containsExactlyElementsIn(expected).inOrder();
                assertThat(view.size()).isEqualTo(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(view.get(i)).isSameInstanceAs(expected.get(i));
                }
            }
            for (Song song : songs) {
                assertWithMessage("%s: entries of song %s", step, song.index).that(names(song.entries))
                        .containsExactlyElementsIn(names(modelOfSong(song)));
                List<Playlist> expected = new ArrayList<>();
                for (Entry entry : song.entries) {
                    expected.add(entry.playlist);
                }
                List<Playlist> view = SongRelations.playlistOfEntries(song);
                assertWithMessage("%s: playlists of song %s", step, song.index).that(new ArrayList<>(view))
                        .containsExactlyElementsIn(expected).inOrder();
                assertThat(view.size()).isEqualTo(expected.size());
            }
        }

        /** {@code call} throws {@code type} and changes nothing. */
        void assertRefused(Class<? extends RuntimeException> type, Runnable call) {
            String state = state();
            assertThrows(type, call::run);
            assertThat(state()).isEqualTo(state);
        }

        // --- the steps ---

        void apply(Op op) {
            Playlist p = playlist(op.a());
            Song s = song(op.b());
            int c = op.c();
            switch (op.kind()) {
                case 0 -> {
                    Entry entry = adopt(new Entry(c));
                    assertThat(EntryRelations.link(p, s, entry)).isSameInstanceAs(entry);
                    modelLink(p, s, entry);
                }
                case 1 -> {
                    Entry entry = adopt(EntryRelations.link(p, s));
                    modelLink(p, s, entry);
                }
                case 2 -> {
                    Entry entry = entry(c);
                    assertThat(EntryRelations.link(p, s, entry)).isSameInstanceAs(entry);
                    modelLink(p, s, entry);
                }
                case 3 -> {
                    List<Entry> pair = modelPair(p, s);
                    assertThat(EntryRelations.unlink(p, s)).isEqualTo(pair.size());
                    pair.forEach(this::modelUnlink);
                }
                case 4 -> {
                    Entry entry = entry(c);
                    EntryRelations.unlink(entry);
                    modelUnlink(entry);
                }
                case 5 -> {
                    Entry entry = entry(c);
                    Playlist playlist = playlistOrNull(op.a());
                    EntryRelations.setPlaylist(entry, playlist);
                    modelSetPlaylist(entry, playlist);
                }
                case 6 -> {
                    Entry entry = entry(c);
                    Song song = songOrNull(op.b());
                    EntryRelations.setSong(entry, song);
                    modelSetSong(entry, song);
                }
                case 7 -> {
                    Entry entry = entry(c);
                    assertThat(PlaylistRelations.addToEntries(p, entry)).isEqualTo(playlistOf.get(entry) != p);
                    modelSetPlaylist(entry, p);
                }
                case 8 -> {
                    Entry entry = entry(c);
                    boolean changed = songOf.get(entry) != s;
                    assertThat(c % 2 == 0 ? SongRelations.entries(s).add(entry) : SongRelations.addToEntries(s, entry))
                            .isEqualTo(changed);
                    modelSetSong(entry, s);
                }
                case 9 -> {
                    assertThat(PlaylistRelations.songOfEntries(p).add(s)).isTrue();
                    Entry made = adopt(p.entries.get(p.entries.size() - 1));
                    assertThat(made.plays).isEqualTo(0);
                    modelLink(p, s, made);
                }
                case 10 -> {
                    assertThat(SongRelations.playlistOfEntries(s).add(p)).isTrue();
                    Entry made = adopt(p.entries.get(p.entries.size() - 1));
                    modelLink(p, s, made);
                }
                case 11 -> {
                    List<Entry> pair = modelPair(p, s);
                    assertThat(PlaylistRelations.songOfEntries(p).remove(s)).isEqualTo(!pair.isEmpty());
                    pair.forEach(this::modelUnlink);
                }
                case 12 -> {
                    List<Entry> pair = modelPair(p, s);
                    assertThat(SongRelations.playlistOfEntries(s).remove(p)).isEqualTo(!pair.isEmpty());
                    pair.forEach(this::modelUnlink);
                }
                case 13 -> {
                    List<Entry> held = new ArrayList<>(order.get(p.index));
                    PlaylistRelations.songOfEntries(p).clear();
                    held.forEach(this::modelUnlink);
                }
                case 14 -> {
                    List<Entry> held = modelOfSong(s);
                    SongRelations.playlistOfEntries(s).clear();
                    held.forEach(this::modelUnlink);
                }
                case 15 -> find(p, s, c);
                case 16 -> {
                    List<Entry> pair = modelPair(p, s);
                    assertThat(PlaylistRelations.songOfEntries(p).contains(s)).isEqualTo(!pair.isEmpty());
                    assertThat(SongRelations.playlistOfEntries(s).contains(p)).isEqualTo(!pair.isEmpty());
                    int first = pair.isEmpty() ? -1 : indexOfSame(order.get(p.index), pair.get(0));
                    assertThat(PlaylistRelations.songOfEntries(p).indexOf(s)).isEqualTo(first);
                }
                case 17 -> refuseWhatTheViewsCannotKeepInSync(p, s, c % 4);
                case 18 -> {
                    Entry entry = entry(c);
                    boolean member = playlistOf.get(entry) == p;
                    assertThat(PlaylistRelations.removeFromEntries(p, entry)).isEqualTo(member);
                    if (member) {
                        modelSetPlaylist(entry, null);
                    }
                }
                case 19 -> {
                    List<Entry> incoming = pickEntries(c);
                    PlaylistRelations.setEntries(p, incoming);
                    List<Entry> distinct = new ArrayList<>();
                    for (Entry entry : incoming) {
                        if (Invariants.countSame(distinct, entry) == 0) {
                            distinct.add(entry);
                        }
                    }
                    for (Entry entry : new ArrayList<>(order.get(p.index))) {
                        if (Invariants.countSame(distinct, entry) == 0) {
                            modelSetPlaylist(entry, null);
                        }
                    }
                    for (Entry entry : distinct) {
                        modelSetPlaylist(entry, p);
                    }
                    order.get(p.index).clear();
                    order.get(p.index).addAll(distinct);
                }
                case 20 -> {
                    List<Entry> incoming = pickEntries(c);
                    SongRelations.setEntries(s, incoming);
                    for (Entry entry : modelOfSong(s)) {
                        if (Invariants.countSame(incoming, entry) == 0) {
                            modelSetSong(entry, null);
                        }
                    }
                    for (Entry entry : incoming) {
                        modelSetSong(entry, s);
                    }
                }
                case 21 -> {
                    List<Entry> removed = new ArrayList<>();
                    for (Entry entry : order.get(p.index)) {
                        Song song = songOf.get(entry);
                        if (song != null && bit(c, song.index)) {
                            removed.add(entry);
                        }
                    }
                    boolean changed = PlaylistRelations.songOfEntries(p)
                            .removeIf(song -> song != null && bit(c, song.index));
                    assertThat(changed).isEqualTo(!removed.isEmpty());
                    removed.forEach(this::modelUnlink);
                }
                case 22 -> {
                    List<Playlist> kept = pickPlaylists(c);
                    List<Entry> removed = new ArrayList<>();
                    for (Entry entry : modelOfSong(s)) {
                        if (!kept.contains(playlistOf.get(entry))) {
                            removed.add(entry);
                        }
                    }
                    assertThat(SongRelations.playlistOfEntries(s).retainAll(kept)).isEqualTo(!removed.isEmpty());
                    removed.forEach(this::modelUnlink);
                }
                case 23 -> rejectNulls(p, s, c % 6);
                case 24 -> {
                    // a whole playlist's songs moved to another playlist through both views
                    Playlist to = playlist(op.c());
                    List<Song> moved = new ArrayList<>(PlaylistRelations.songOfEntries(p));
                    moved.removeIf(song -> song == null);
                    List<Entry> held = new ArrayList<>(order.get(p.index));
                    PlaylistRelations.songOfEntries(p).clear();
                    held.forEach(this::modelUnlink);
                    assertThat(PlaylistRelations.songOfEntries(to).addAll(moved)).isEqualTo(!moved.isEmpty());
                    for (int i = order.get(to.index).size(); i < to.entries.size(); i++) {
                        Entry made = adopt(to.entries.get(i));
                        modelLink(to, made.song, made);
                    }
                }
                default -> {
                    // the same pair linked twice, then found and unlinked
                    Entry first = adopt(EntryRelations.link(p, s, new Entry(1)));
                    modelLink(p, s, first);
                    Entry second = adopt(EntryRelations.link(p, s));
                    modelLink(p, s, second);
                    assertThat(modelPair(p, s).size()).isAtLeast(2);
                    assertThat(EntryRelations.find(p, s)).isNotNull();
                    EntryRelations.unlink(first);
                    modelUnlink(first);
                    assertThat(EntryRelations.find(p, s)).isNotSameInstanceAs(first);
                }
            }
        }

        static int indexOfSame(List<?> list, Object element) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == element) {
                    return i;
                }
            }
            return -1;
        }

        /** find gives an association of the pair, the playlist's first when it searches the playlist's list. */
        void find(Playlist p, Song s, int c) {
            List<Entry> pair = modelPair(p, s);
            Entry found = EntryRelations.find(p, s);
            if (pair.isEmpty()) {
                assertThat(found).isNull();
                return;
            }
            assertThat(Invariants.countSame(pair, found)).isEqualTo(1);
            if (p.entries.size() <= s.entries.size()) {
                assertThat(found).isSameInstanceAs(pair.get(0));
            }
            found.plays = c;
            playsOf.put(found, c);
        }

        void refuseWhatTheViewsCannotKeepInSync(Playlist p, Song s, int how) {
            Class<UnsupportedOperationException> unsupported = UnsupportedOperationException.class;
            List<Song> songsOfP = PlaylistRelations.songOfEntries(p);
            List<Playlist> playlistsOfS = SongRelations.playlistOfEntries(s);
            switch (how) {
                case 0 -> {
                    if (!songsOfP.isEmpty()) {
                        assertRefused(unsupported, () -> {
                            Iterator<Song> it = songsOfP.iterator();
                            it.next();
                            it.remove();
                        });
                    }
                }
                case 1 -> {
                    if (!playlistsOfS.isEmpty()) {
                        assertRefused(unsupported, () -> {
                            Iterator<Playlist> it = playlistsOfS.iterator();
                            it.next();
                            it.remove();
                        });
                    }
                }
                case 2 -> {
                    if (!songsOfP.isEmpty()) {
                        assertRefused(unsupported, () -> songsOfP.set(0, s));
                        assertRefused(unsupported, () -> songsOfP.remove(0));
                    }
                }
                default -> assertRefused(unsupported, () -> playlistsOfS.add(0, p));
            }
        }

        void rejectNulls(Playlist p, Song s, int how) {
            Entry entry = entry(how);
            String state = state();
            Class<NullPointerException> npe = NullPointerException.class;
            switch (how) {
                case 0 -> assertThat(EntryRelations.find(null, s)).isNull();
                case 1 -> assertThat(EntryRelations.unlink(p, null)).isEqualTo(0);
                case 2 -> assertRefused(npe, () -> EntryRelations.link(null, s, entry));
                case 3 -> assertRefused(npe, () -> EntryRelations.unlink((Entry) null));
                case 4 -> assertRefused(npe, () -> PlaylistRelations.songOfEntries(p).add(null));
                default -> assertRefused(npe, () -> EntryRelations.link(p, null, entry));
            }
            assertThat(state()).isEqualTo(state);
        }
    }
}
