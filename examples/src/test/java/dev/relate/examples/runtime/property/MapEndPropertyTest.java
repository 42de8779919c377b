package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * Random sequences of operations on two map-keyed one-to-many ends: {@link Desk#memos} (a map in
 * insertion order that may throw anywhere, keyed by a private tag read through a getter that may
 * throw) and {@link Rack#cards} (a {@code TreeMap} whose comparator may throw). Every path is taken:
 * the helpers ({@code addTo}, {@code removeFrom}, {@code set}, {@code rekeyIn}, the scalar end's
 * {@code set}), the live view's {@code put}, {@code putAll}, {@code remove}, {@code clear}, the
 * {@code remove} and {@code removeIf} of its key set, values and entry set, and its entry iterator's
 * {@code remove}; between them keys change directly (to {@code null} too), as user code may change
 * them while an element is in a map. Before each step a {@link MapModel} says what the step must do;
 * during it a fault may be injected into any user hook. After each step: a step the model refuses
 * threw the exception it names and changed nothing; a step that a fault broke changed nothing (every
 * map, in its order, and every element's owner); any other step did what the model did; and both ends
 * agree, with no element held twice.
 *
 * <p>The seeds are fixed, so every run makes the same sequences.
 */
class MapEndPropertyTest {
    private static final int OWNERS = 3;
    private static final int ELEMENTS = 6;
    private static final int KINDS = 16;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();
    private static final AtomicLong BROKEN = new AtomicLong();

    /** One step: what to do, to whom, a key, whether to inject a fault, and a seed for the rest. */
    record Op(int kind, int owner, int element, int key, int fault, int seed) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, OWNERS),
                Arbitraries.integers().between(0, ELEMENTS - 1),
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 1 << 16)).as(Op::new);
        return op.list().ofMinSize(20).ofMaxSize(60);
    }

    /** One end under test, through its generated helpers and plain fields. */
    interface End<O, K, E> {
        Map<K, E> field(O owner);

        O ownerOf(E element);

        K key(E element);

        void setKey(E element, K key);

        boolean add(O owner, E element);

        void assign(E element, O owner);

        boolean remove(O owner, E element);

        void replace(O owner, List<E> elements);

        boolean rekey(O owner, E element);

        Map<K, E> view(O owner);
    }

    @Property(tries = 300, seed = "4417093352281109", shrinking = ShrinkingMode.BOUNDED)
    void aHashMapEndKeepsBothEndsInSyncAndBrokenStepsChangeNothing(@ForAll("operations") List<Op> ops) {
        List<Desk> desks = new ArrayList<>();
        List<Memo> memos = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            desks.add(new Desk(i));
        }
        List<String> keys = Arrays.asList("a", "b", "c", "d", null);
        for (int i = 0; i < ELEMENTS; i++) {
            memos.add(new Memo(i, keys.get(i % 4)));
        }
        run(ops, desks, memos, keys, new End<Desk, String, Memo>() {
            public Map<String, Memo> field(Desk owner) {
                return owner.memos;
            }

            public Desk ownerOf(Memo element) {
                return element.desk;
            }

            public String key(Memo element) {
                return element.tag();
            }

            public void setKey(Memo element, String key) {
                element.retag(key);
            }

            public boolean add(Desk owner, Memo element) {
                return DeskRelations.addToMemos(owner, element);
            }

            public void assign(Memo element, Desk owner) {
                MemoRelations.setDesk(element, owner);
            }

            public boolean remove(Desk owner, Memo element) {
                return DeskRelations.removeFromMemos(owner, element);
            }

            public void replace(Desk owner, List<Memo> elements) {
                DeskRelations.setMemos(owner, elements);
            }

            public boolean rekey(Desk owner, Memo element) {
                return DeskRelations.rekeyInMemos(owner, element);
            }

            public Map<String, Memo> view(Desk owner) {
                return DeskRelations.memos(owner);
            }
        });
    }

    @Property(tries = 300, seed = "7731250948812036", shrinking = ShrinkingMode.BOUNDED)
    void aSortedMapEndKeepsBothEndsInSyncAndBrokenStepsChangeNothing(@ForAll("operations") List<Op> ops) {
        List<Rack> racks = new ArrayList<>();
        List<SlotCard> cards = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            racks.add(new Rack(i));
        }
        List<Integer> keys = Arrays.asList(1, 2, 3, 4, null);
        for (int i = 0; i < ELEMENTS; i++) {
            cards.add(new SlotCard(i, keys.get(i % 4)));
        }
        run(ops, racks, cards, keys, new End<Rack, Integer, SlotCard>() {
            public Map<Integer, SlotCard> field(Rack owner) {
                return owner.cards;
            }

            public Rack ownerOf(SlotCard element) {
                return element.rack;
            }

            public Integer key(SlotCard element) {
                return element.slot;
            }

            public void setKey(SlotCard element, Integer key) {
                element.slot = key;
            }

            public boolean add(Rack owner, SlotCard element) {
                return RackRelations.addToCards(owner, element);
            }

            public void assign(SlotCard element, Rack owner) {
                SlotCardRelations.setRack(element, owner);
            }

            public boolean remove(Rack owner, SlotCard element) {
                return RackRelations.removeFromCards(owner, element);
            }

            public void replace(Rack owner, List<SlotCard> elements) {
                RackRelations.setCards(owner, elements);
            }

            public boolean rekey(Rack owner, SlotCard element) {
                return RackRelations.rekeyInCards(owner, element);
            }

            public Map<Integer, SlotCard> view(Rack owner) {
                return RackRelations.cards(owner);
            }
        });
    }

    private static <O, K, E> void run(List<Op> ops, List<O> owners, List<E> elements, List<K> keys,
            End<O, K, E> end) {
        MapModel<O, K, E> model = new MapModel<>(owners, end::key);
        for (Op op : ops) {
            O owner = owners.get(op.owner() % OWNERS);
            O ownerOrNull = op.owner() == OWNERS ? null : owners.get(op.owner());
            E element = elements.get(op.element());
            K key = keys.get(op.key());
            Random random = new Random(op.seed());
            List<E> some = new ArrayList<>();
            for (E candidate : elements) {
                if (random.nextInt(3) == 0) {
                    some.add(candidate);
                }
            }
            Map<K, E> view = end.view(owner);
            // what the model says the step must do, worked out on the model before the step is taken
            Class<? extends RuntimeException> expected;
            Runnable step;
            switch (op.kind()) {
                case 0 -> {
                    expected = model.add(owner, element);
                    step = () -> end.add(owner, element);
                }
                case 1 -> {
                    expected = model.assign(element, ownerOrNull);
                    step = () -> end.assign(element, ownerOrNull);
                }
                case 2 -> {
                    model.remove(owner, element);
                    expected = null;
                    step = () -> end.remove(owner, element);
                }
                case 3 -> {
                    // put under a random key: its own, another, or null
                    K under = random.nextBoolean() ? end.key(element) : key;
                    expected = model.put(owner, under, element);
                    step = () -> view.put(under, element);
                }
                case 4 -> {
                    if (key != null) {
                        model.removeMatching(owner, entry -> entry.getKey().equals(key));
                    }
                    expected = null;
                    step = () -> view.remove(key);
                }
                case 5 -> {
                    model.removeMatching(owner, entry -> entry.getValue() == element);
                    expected = null;
                    step = () -> view.values().remove(element);
                }
                case 6 -> {
                    if (key != null) {
                        model.removeMatching(owner, entry -> entry.getKey().equals(key));
                    }
                    expected = null;
                    step = () -> view.keySet().remove(key);
                }
                case 7 -> {
                    model.removeMatching(owner, entry -> some.contains(entry.getValue()));
                    expected = null;
                    step = () -> view.entrySet().removeIf(entry -> some.contains(entry.getValue()));
                }
                case 8 -> {
                    // one iterator.remove, of the element's entry: each call is a step of its own
                    model.removeMatching(owner, entry -> entry.getValue() == element);
                    expected = null;
                    step = () -> {
                        Iterator<Map.Entry<K, E>> iterator = view.entrySet().iterator();
                        while (iterator.hasNext()) {
                            if (iterator.next().getValue() == element) {
                                iterator.remove();
                                return;
                            }
                        }
                    };
                }
                case 9 -> {
                    model.removeMatching(owner, entry -> true);
                    expected = null;
                    step = view::clear;
                }
                case 10 -> {
                    expected = model.replace(owner, some);
                    step = () -> end.replace(owner, some);
                }
                case 11 -> {
                    expected = model.rekey(owner, element);
                    step = () -> end.rekey(owner, element);
                }
                case 12 -> {
                    List<K> under = new ArrayList<>();
                    for (E each : some) {
                        under.add(random.nextInt(4) == 0 ? key : end.key(each));
                    }
                    if (new HashSet<>(under).size() < under.size()) {
                        continue; // a map cannot give two values under one key
                    }
                    expected = model.putAll(owner, under, some);
                    step = () -> {
                        Map<K, E> given = new LinkedHashMap<>();
                        for (int i = 0; i < some.size(); i++) {
                            given.put(under.get(i), some.get(i));
                        }
                        view.putAll(given);
                    };
                }
                default -> {
                    // a user's code changes a key while the element is in a map: no helper is called
                    end.setKey(element, key);
                    expected = null;
                    step = () -> { };
                }
            }
            take(op, owners, elements, end, model, expected, step);
        }
    }

    /** Takes one step under a possible fault and checks what it did. */
    private static <O, K, E> void take(Op op, List<O> owners, List<E> elements, End<O, K, E> end,
            MapModel<O, K, E> model, Class<? extends RuntimeException> expected, Runnable step) {
        STEPS.incrementAndGet();
        switch (FaultedStep.take(op, op.fault(), expected, step, () -> snapshot(owners, elements, end))) {
            case BROKEN -> {
                BROKEN.incrementAndGet();
                undoModel(model, owners, elements, end);
            }
            case REFUSED -> REFUSED.incrementAndGet();
            default -> assertWithMessage("step %s did what the model did: %s", op, model.maps)
                    .that(model.matches(end::field, end::ownerOf, elements)).isTrue();
        }
        Invariants.assertOneToMany("map end", owners, elements, o -> {
            Map<K, E> map = end.field(o);
            return map == null ? null : new ArrayList<>(map.values());
        }, end::ownerOf);
    }

    /** A fault broke the step, which changed nothing: the model goes back to the objects' state. */
    private static <O, K, E> void undoModel(MapModel<O, K, E> model, List<O> owners, List<E> elements,
            End<O, K, E> end) {
        for (O owner : owners) {
            Map<K, E> map = model.maps.get(owner);
            map.clear();
            map.putAll(end.field(owner));
        }
        model.owners.clear();
        for (E element : elements) {
            if (end.ownerOf(element) != null) {
                model.owners.put(element, end.ownerOf(element));
            }
        }
    }

    /** Every map's entries in their order, and every element's owner and key. */
    private static <O, K, E> List<Object> snapshot(List<O> owners, List<E> elements, End<O, K, E> end) {
        List<Object> state = new ArrayList<>();
        for (O owner : owners) {
            state.add(new ArrayList<>(end.field(owner).entrySet()).toString());
            state.add(new ArrayList<>(end.field(owner).values()));
        }
        for (E element : elements) {
            state.add(end.ownerOf(element));
        }
        return state;
    }

    @AfterContainer
    static void enoughStepsRan() {
        assertWithMessage("steps run").that(STEPS.get()).isAtLeast(10_000L);
        assertWithMessage("refused steps").that(REFUSED.get()).isAtLeast(500L);
        assertWithMessage("steps broken by a fault").that(BROKEN.get()).isAtLeast(500L);
    }
}
