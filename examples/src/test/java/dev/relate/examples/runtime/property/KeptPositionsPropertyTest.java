package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random sequences of operations on a list end that keeps positions ({@code Deck.cards} with
 * {@code position = "index"}), through every path that changes a list: the helpers, the many-to-one
 * end, and the live view's positional, bulk, range and iterator operations, with lists long enough
 * that most changes have elements after them. After every step: both ends agree; each card's index
 * is its place in its deck's list, or -1 in none; and a card whose deck and place the step did not
 * change was not written at all (relate renumbers what moved, and only that).
 *
 * <p>The seed is fixed, so every run makes the same sequences.
 */
class KeptPositionsPropertyTest {
    private static final int DECKS = 3;
    private static final int CARDS = 12;
    private static final int KINDS = 24;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong KEPT_IN_PLACE = new AtomicLong();

    /** One step: what to do, two numbers that choose its objects and indexes, and a seed for the rest. */
    record Op(int kind, int a, int b, int seed) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(KINDS, 20, 60, Op::new);
    }

    @Property(tries = 300, seed = "2026120615", shrinking = ShrinkingMode.BOUNDED)
    void positionsAreIndexesAndOnlyWhatMovedIsWritten(@ForAll("operations") List<Op> ops) {
        List<Deck> decks = new ArrayList<>();
        for (int i = 0; i < DECKS; i++) {
            decks.add(new Deck(i));
        }
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            cards.add(new Card(i));
        }
        // most cards start in a deck, so that most changes have cards after them
        for (int i = 0; i < CARDS - 2; i++) {
            DeckRelations.addToCards(decks.get(i % 2), cards.get(i));
        }
        for (Op op : ops) {
            KeptPlaces<Card> places = new KeptPlaces<>(cards, KeptPositionsPropertyTest::placeOf);
            for (Card card : cards) {
                card.writes = 0;
            }
            try {
                step(decks, cards, op);
            } catch (IllegalArgumentException | IndexOutOfBoundsException expected) {
                // adding a member at an index, a range out of bounds: refused before any change
            }
            STEPS.incrementAndGet();
            String after = "after " + op;
            Invariants.assertOneToMany(after + ": Deck.cards", decks, cards, d -> d.cards, c -> c.deck);
            Invariants.assertPositions(after + ": Card.index", decks, cards, d -> d.cards, c -> c.deck,
                    Card::getIndex);
            places.assertUnwritten(after, "", card -> card.writes, KEPT_IN_PLACE);
        }
    }

    /** A card's deck and its index there. */
    private static List<Object> placeOf(Card card) {
        return KeptPlaces.place(card, card.deck, card.deck == null ? null : card.deck.cards);
    }

    private static void step(List<Deck> decks, List<Card> cards, Op op) {
        Deck deck = decks.get(op.a() % DECKS);
        Card card = cards.get(op.b() % CARDS);
        Random random = new Random(op.seed());
        List<Card> view = DeckRelations.cards(deck);
        int size = view.size();
        int at = size == 0 ? 0 : op.b() % size;
        switch (op.kind()) {
            case 0 -> DeckRelations.addToCards(deck, card);
            case 1 -> DeckRelations.removeFromCards(deck, card);
            case 2 -> CardRelations.setDeck(card, op.a() % 4 == 3 ? null : deck);
            case 3 -> DeckRelations.setCards(deck, Steps.some(cards, random));
            case 4 -> view.add(random.nextInt(size + 1), card);
            case 5 -> view.addAll(random.nextInt(size + 1), Steps.some(cards, random));
            case 6 -> view.set(at, card);
            case 7 -> {
                if (size > 0) {
                    view.remove(at);
                }
            }
            case 8 -> view.remove(card);
            case 9 -> view.subList(at, Math.min(size, at + 1 + random.nextInt(3))).clear();
            case 10 -> view.removeIf(c -> random.nextInt(3) == 0);
            case 11 -> view.retainAll(Steps.some(cards, random));
            case 12 -> view.sort(Comparator.comparingInt((Card c) -> c.id * 7 % 5));
            case 13 -> Collections.swap(view, at, random.nextInt(Math.max(size, 1)));
            case 14 -> Collections.reverse(view);
            case 15 -> Collections.shuffle(view, random);
            case 16 -> view.replaceAll(c -> random.nextInt(4) == 0 ? cards.get(random.nextInt(CARDS)) : c);
            case 17 -> iteratorStep(view, at, card, random);
            case 18 -> view.subList(0, at).add(card);
            case 19 -> view.subList(at, size).sort(Comparator.comparingInt((Card c) -> -c.id));
            case 20 -> view.subList(0, at).removeIf(c -> random.nextBoolean());
            case 21 -> view.addAll(Steps.some(cards, random));
            case 22 -> view.clear();
            default -> view.subList(at, size).addAll(Steps.some(cards, random));
        }
    }

    /** Walks to the element at {@code at} and removes it, replaces it or adds after it. */
    private static void iteratorStep(List<Card> view, int at, Card card, Random random) {
        ListIterator<Card> it = view.listIterator();
        for (int i = 0; i <= at && it.hasNext(); i++) {
            it.next();
        }
        switch (random.nextInt(3)) {
            case 0 -> {
                if (it.hasPrevious()) {
                    it.remove();
                }
            }
            case 1 -> {
                if (it.hasPrevious()) {
                    it.set(card);
                }
            }
            default -> it.add(card);
        }
    }

    @AfterContainer
    static void enoughStepsRan() {
        assertWithMessage("steps run").that(STEPS.get()).isAtLeast(6_000L);
        assertWithMessage("cards left in place by a step").that(KEPT_IN_PLACE.get()).isAtLeast(30_000L);
    }
}
