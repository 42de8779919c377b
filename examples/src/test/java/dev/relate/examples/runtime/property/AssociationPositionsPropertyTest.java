package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * {@link KeptPositionsPropertyTest} for the lists of association objects: random sequences of
 * operations on {@code Reel}, an association between {@code Hangar} and {@code Spool} whose two
 * lists each keep a place of their own, through every path that changes them: linking (new pairs
 * and moves of an association), unlinking by association and by pair, the many-to-one ends, both
 * live views, and detach of either side or of the association. After every step: all four ends
 * agree; each reel's two places are its indexes in its two lists, or -1 in none; and a place whose
 * list and index the step did not change was not written.
 *
 * <p>The seed is fixed, so every run makes the same sequences.
 */
class AssociationPositionsPropertyTest {
    private static final int HANGARS = 3;
    private static final int SPOOLS = 3;
    private static final int REELS = 12;
    private static final int KINDS = 20;
    private static final AtomicLong STEPS = new AtomicLong();
    private static final AtomicLong KEPT_IN_PLACE = new AtomicLong();
    private static final AtomicLong REFUSED = new AtomicLong();

    /** One step: what to do, two numbers that choose its objects and indexes, and a seed for the rest. */
    record Op(int kind, int a, int b, int seed) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        return Steps.of(KINDS, 20, 60, Op::new);
    }

    @Property(tries = 250, seed = "2026120612", shrinking = ShrinkingMode.BOUNDED)
    void bothPlacesAreIndexesAndOnlyWhatMovedIsWritten(@ForAll("operations") List<Op> ops) {
        List<Hangar> hangars = new ArrayList<>();
        for (int i = 0; i < HANGARS; i++) {
            hangars.add(new Hangar(i));
        }
        List<Spool> spools = new ArrayList<>();
        for (int i = 0; i < SPOOLS; i++) {
            spools.add(new Spool(i));
        }
        List<Reel> reels = new ArrayList<>();
        for (int i = 0; i < REELS; i++) {
            reels.add(new Reel(i));
        }
        // most reels start linked, so that most changes have reels after them on both sides
        for (int i = 0; i < REELS - 2; i++) {
            ReelRelations.link(hangars.get(i % 2), spools.get(i % 3), reels.get(i));
        }
        for (Op op : ops) {
            KeptPlaces<Reel> inHangars = new KeptPlaces<>(reels,
                    reel -> KeptPlaces.place(reel, reel.hangar, reel.hangar == null ? null : reel.hangar.reels));
            KeptPlaces<Reel> inSpools = new KeptPlaces<>(reels,
                    reel -> KeptPlaces.place(reel, reel.spool, reel.spool == null ? null : reel.spool.reels));
            for (Reel reel : reels) {
                reel.hangarWrites = 0;
                reel.spoolWrites = 0;
            }
            try {
                step(hangars, spools, reels, op);
            } catch (IllegalArgumentException | IndexOutOfBoundsException | UnsupportedOperationException expected) {
                // an element at an index out of bounds, a member added twice: refused before any change
                REFUSED.incrementAndGet();
            }
            STEPS.incrementAndGet();
            String after = "after " + op;
            Invariants.assertOneToMany(after + ": Hangar.reels", hangars, reels, h -> h.reels, r -> r.hangar);
            Invariants.assertOneToMany(after + ": Spool.reels", spools, reels, s -> s.reels, r -> r.spool);
            Invariants.assertPositions(after + ": Reel.hangarPlace", hangars, reels, h -> h.reels, r -> r.hangar,
                    Reel::getHangarPlace);
            Invariants.assertPositions(after + ": Reel.spoolPlace", spools, reels, s -> s.reels, r -> r.spool,
                    Reel::getSpoolPlace);
            inHangars.assertUnwritten(after, " in its hangar", reel -> reel.hangarWrites, KEPT_IN_PLACE);
            inSpools.assertUnwritten(after, " in its spool", reel -> reel.spoolWrites, KEPT_IN_PLACE);
        }
    }

    private static void step(List<Hangar> hangars, List<Spool> spools, List<Reel> reels, Op op) {
        Hangar hangar = hangars.get(op.a() % HANGARS);
        Spool spool = spools.get(op.b() % SPOOLS);
        Reel reel = reels.get((op.a() + op.b()) % REELS);
        Random random = new Random(op.seed());
        boolean left = random.nextBoolean();
        List<Reel> view = left ? HangarRelations.reels(hangar) : SpoolRelations.reels(spool);
        int size = view.size();
        int at = size == 0 ? 0 : op.b() % size;
        switch (op.kind()) {
            case 0, 1 -> ReelRelations.link(hangar, spool, reel); // a new pair, or a move of one end or both
            case 2 -> ReelRelations.unlink(reel);
            case 3 -> ReelRelations.unlink(hangar, spool);
            case 4 -> ReelRelations.setHangar(reel, op.a() % 4 == 3 ? null : hangar);
            case 5 -> ReelRelations.setSpool(reel, op.a() % 4 == 3 ? null : spool);
            case 6 -> view.add(random.nextInt(size + 1), reel);
            case 7 -> view.set(at, reel);
            case 8 -> {
                if (size > 0) {
                    view.remove(at);
                }
            }
            case 9 -> view.remove(reel);
            case 10 -> view.sort(Comparator.comparingInt((Reel r) -> r.id * 7 % 5));
            case 11 -> Collections.swap(view, at, random.nextInt(Math.max(size, 1)));
            case 12 -> Collections.shuffle(view, random);
            case 13 -> view.removeIf(r -> random.nextInt(3) == 0);
            case 14 -> view.subList(at, Math.min(size, at + 1 + random.nextInt(3))).clear();
            case 15 -> {
                if (left) {
                    HangarRelations.setReels(hangar, Steps.some(reels, random));
                } else {
                    SpoolRelations.setReels(spool, Steps.some(reels, random));
                }
            }
            case 16 -> view.addAll(random.nextInt(size + 1), Steps.some(reels, random));
            case 17 -> HangarRelations.detach(hangar);
            case 18 -> SpoolRelations.detach(spool);
            default -> ReelRelations.detach(reel);
        }
    }

    @AfterContainer
    static void enoughStepsRan() {
        assertWithMessage("steps run").that(STEPS.get()).isAtLeast(5_000L);
        assertWithMessage("places left as they were by a step").that(KEPT_IN_PLACE.get()).isAtLeast(30_000L);
        assertWithMessage("steps refused").that(REFUSED.get()).isLessThan(STEPS.get() / 10);
    }
}
