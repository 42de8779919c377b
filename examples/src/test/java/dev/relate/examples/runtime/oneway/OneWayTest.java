package dev.relate.examples.runtime.oneway;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;

/**
 * One-way relationships: the helpers work, nothing is mirrored (an element is not moved out of
 * another owner's collection, since nothing records that owner), and a collection still holds each
 * element once.
 */
class OneWayTest {
    private final Basket b1 = new Basket();
    private final Basket b2 = new Basket();
    private final Fruit apple = new Fruit();
    private final Fruit pear = new Fruit();
    private final Fruit plum = new Fruit();

    private void assertNothingMirrored() {
        assertThat(apple.basket).isNull();
        assertThat(pear.basket).isNull();
        assertThat(plum.basket).isNull();
    }

    @Test
    void addingCreatesTheListKeepsEachOnceAndMirrorsNothing() {
        assertThat(b1.fruits).isNull();
        assertThat(BasketRelations.addToFruits(b1, apple)).isTrue();
        assertThat(b1.fruits).containsExactly(apple);
        assertThat(BasketRelations.addToFruits(b1, apple)).isFalse();
        assertThat(BasketRelations.fruits(b1).add(apple)).isFalse();
        assertThat(BasketRelations.fruits(b1).addAll(List.of(apple, pear, pear))).isTrue();
        assertThat(b1.fruits).containsExactly(apple, pear).inOrder();
        assertNothingMirrored();
    }

    @Test
    void anElementMayBeInTwoOwnersCollections() {
        BasketRelations.addToFruits(b1, apple);
        BasketRelations.addToFruits(b2, apple);
        assertThat(b1.fruits).containsExactly(apple);
        assertThat(b2.fruits).containsExactly(apple);
        assertThat(BasketRelations.removeFromFruits(b1, apple)).isTrue();
        assertThat(b1.fruits).isEmpty();
        assertThat(b2.fruits).containsExactly(apple);
        assertThat(BasketRelations.removeFromFruits(b1, apple)).isFalse();
        assertNothingMirrored();
    }

    @Test
    void replacingKeepsTheGivenOrderOnce() {
        BasketRelations.setFruits(b1, List.of(plum, apple, plum, pear, apple));
        assertThat(b1.fruits).containsExactly(plum, apple, pear).inOrder();
        BasketRelations.setFruits(b1, List.of(pear));
        assertThat(b1.fruits).containsExactly(pear);
        BasketRelations.setFavorites(b1, List.of(pear, apple, pear));
        assertThat(new ArrayList<>(b1.favorites)).containsExactly(pear, apple).inOrder();
        assertNothingMirrored();
    }

    @Test
    void listViewOperations() {
        BasketRelations.setFruits(b1, List.of(apple, pear, plum));
        List<Fruit> view = BasketRelations.fruits(b1);
        assertThat(view.set(0, plum)).isSameInstanceAs(apple);
        assertThat(b1.fruits).containsExactly(plum, pear, apple).inOrder();
        assertThrows(IllegalArgumentException.class, () -> view.add(1, apple));
        assertThat(b1.fruits).containsExactly(plum, pear, apple).inOrder();
        Collections.reverse(view);
        assertThat(b1.fruits).containsExactly(apple, pear, plum).inOrder();
        ListIterator<Fruit> it = view.listIterator();
        it.next();
        it.set(plum);
        assertThat(b1.fruits).containsExactly(plum, pear, apple).inOrder();
        it.next();
        it.remove();
        assertThat(b1.fruits).containsExactly(plum, apple).inOrder();
        view.removeIf(fruit -> fruit == apple);
        assertThat(b1.fruits).containsExactly(plum);
        view.clear();
        assertThat(b1.fruits).isEmpty();
        assertNothingMirrored();
    }

    @Test
    void aLongListReversesWithoutLosingAnElement() {
        List<Fruit> fruits = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            fruits.add(new Fruit());
        }
        BasketRelations.setFruits(b1, fruits);
        Collections.reverse(BasketRelations.fruits(b1));
        List<Fruit> expected = new ArrayList<>(fruits);
        Collections.reverse(expected);
        assertThat(b1.fruits).containsExactlyElementsIn(expected).inOrder();
    }

    @Test
    void setViewOperations() {
        BasketRelations.setFavorites(b1, List.of(apple, pear));
        assertThat(BasketRelations.favorites(b1).add(apple)).isFalse();
        assertThat(BasketRelations.favorites(b1).contains(pear)).isTrue();
        Iterator<Fruit> it = BasketRelations.favorites(b1).iterator();
        it.next();
        it.remove();
        assertThat(b1.favorites).containsExactly(pear);
        assertThat(BasketRelations.removeFromFavorites(b1, pear)).isTrue();
        assertThat(b1.favorites).isEmpty();
        assertNothingMirrored();
    }

    @Test
    void aOneWayScalarIsSetAndNothingElseChanges() {
        BasketRelations.addToFruits(b2, apple);
        FruitRelations.setBasket(apple, b1);
        assertThat(apple.basket).isSameInstanceAs(b1);
        assertThat(b1.fruits).isNull();
        assertThat(b1.favorites).isEmpty();
        assertThat(b2.fruits).containsExactly(apple);
        FruitRelations.setBasket(apple, null);
        assertThat(apple.basket).isNull();
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> BasketRelations.addToFruits(b1, null));
        assertThrows(NullPointerException.class, () -> BasketRelations.fruits(b1).add(null));
        assertThrows(NullPointerException.class, () -> BasketRelations.setFruits(b1, Arrays.asList(apple, null)));
        assertThrows(NullPointerException.class, () -> BasketRelations.addToFruits(null, apple));
        assertThrows(NullPointerException.class, () -> FruitRelations.setBasket(null, b1));
        assertThat(b1.fruits).isNull();
        assertThat(BasketRelations.removeFromFruits(b1, null)).isFalse();
    }
}
