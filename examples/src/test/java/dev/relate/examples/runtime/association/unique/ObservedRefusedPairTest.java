package dev.relate.examples.runtime.association.unique;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link RefusedPairTouchesNothingTest} where a class validates and listens to an end: the paths that
 * link one pair at a time, each validated, refuse a second association of a pair before any step, and
 * before any validator or listener runs.
 */
class ObservedRefusedPairTest {
    private final Mutations mutations = new Mutations();
    private final Critic ann = critic();
    private final Critic bob = critic();
    private final Film dune = film();
    private final Film emma = film();
    private final Rating first = RatingRelations.link(ann, dune, new Rating(1));
    private final Rating bobs = RatingRelations.link(bob, dune, new Rating(2));
    private final Rating annsOther = RatingRelations.link(ann, emma, new Rating(3));

    private Critic critic() {
        Critic critic = new Critic();
        critic.ratings = new RecordingList<>(mutations);
        return critic;
    }

    private Film film() {
        Film film = new Film();
        film.ratings = new RecordingSet<>(mutations);
        return film;
    }

    private String state() {
        StringBuilder out = new StringBuilder();
        for (Critic critic : List.of(ann, bob)) {
            out.append(critic.ratings).append(critic.events).append('\n');
        }
        for (Film film : List.of(dune, emma)) {
            out.append(List.copyOf(film.ratings)).append('\n');
        }
        for (Rating rating : List.of(first, bobs, annsOther)) {
            out.append(rating.critic == ann).append(rating.critic == bob).append(rating.film == dune)
                    .append(rating.film == emma).append('\n');
        }
        return out.toString();
    }

    private void assertRefusedUntouched(Executable call) {
        ann.events.clear();
        bob.events.clear();
        String before = state();
        mutations.arm();
        IllegalStateException e;
        try {
            e = assertThrows(IllegalStateException.class, call);
        } finally {
            assertThat(mutations.disarm()).isEmpty();
        }
        assertThat(e).hasMessageThat().startsWith("[RelateAlreadyLinked] ");
        assertThat(state()).isEqualTo(before);
        assertThat(ann.events).isEmpty();
        assertThat(bob.events).isEmpty();
    }

    @Test
    void everyValidatedPathRefusesBeforeAnyStep() {
        assertRefusedUntouched(() -> CriticRelations.addToRatings(ann, bobs));
        assertRefusedUntouched(() -> RatingRelations.setCritic(bobs, ann));
        assertRefusedUntouched(() -> CriticRelations.ratings(ann).add(bobs));
        assertRefusedUntouched(() -> CriticRelations.ratings(ann).add(0, bobs));
        assertRefusedUntouched(() -> CriticRelations.ratings(ann).addAll(List.of(bobs)));
        assertRefusedUntouched(() -> CriticRelations.ratings(ann).addAll(0, List.of(bobs)));
        assertRefusedUntouched(() -> CriticRelations.ratings(ann).set(1, bobs));
        assertRefusedUntouched(() -> {
            ListIterator<Rating> it = CriticRelations.ratings(ann).listIterator();
            it.next();
            it.next();
            it.set(bobs);
        });
        // one step at a time, annsOther would leave before bobs arrives: refused before it leaves
        assertRefusedUntouched(() -> CriticRelations.setRatings(ann, List.of(first, bobs)));
        assertRefusedUntouched(() -> RatingRelations.link(ann, dune, bobs));
        assertRefusedUntouched(() -> RatingRelations.link(ann, dune, new Rating(4)));
        assertRefusedUntouched(() -> FilmRelations.addToRatings(dune, annsOther));
    }

    @Test
    void anAssociationStillTakesThePlaceOfTheOneThatLeavesItsPair() {
        CriticRelations.ratings(ann).set(0, bobs);
        assertThat(ann.ratings).containsExactly(bobs, annsOther).inOrder();
        assertThat(first.critic).isNull();
        CriticRelations.setRatings(ann, List.of(first, annsOther));
        assertThat(ann.ratings).containsExactly(first, annsOther).inOrder();
        assertThat(bobs.critic).isNull();
    }
}
