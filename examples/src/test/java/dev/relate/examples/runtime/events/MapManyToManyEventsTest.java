package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code @Validates} and {@code @OnChange} on a map-keyed many-to-many ({@code Menu.dishes}, keyed by
 * {@code Dish.title}, the other end the list {@code Dish.menus}) whose two ends both declare them: a
 * put that displaces a dish, and a link from the list side that pushes a dish out of the menu's map,
 * are an unlink of that pair then a link of the new one; a rekey is no change of any link; every path
 * of either side calls them once per change, and a refusal changes nothing.
 */
class MapManyToManyEventsTest {
    private final Recorder recorder = new Recorder();
    private final Menu m1 = new Menu("M1", recorder);
    private final Menu m2 = new Menu("M2", recorder);
    private final Dish d1 = new Dish("d1", "a", recorder);
    private final Dish d2 = new Dish("d2", "b", recorder);
    private final Dish d3 = new Dish("d3", "c", recorder);
    /** A dish titled as d1: it takes d1's place. */
    private final Dish g = new Dish("g", "a", recorder);

    @AfterEach
    void bothEndsAgreeAndListenersSawThemAgree() {
        assertThat(recorder.disagreements).isEmpty();
        Invariants.assertManyToMany("Menu.dishes/Dish.menus", List.of(m1, m2), List.of(d1, d2, d3, g),
                menu -> new ArrayList<>(menu.dishes.values()), dish -> dish.menus);
    }

    private void m1HoldsThree() {
        MenuRelations.setDishes(m1, Arrays.asList(d1, d2, d3));
        recorder.clear();
    }

    private void assertM1HoldsThree() {
        assertThat(m1.dishes).containsExactly("a", d1, "b", d2, "c", d3).inOrder();
        assertThat(d1.menus).containsExactly(m1);
        assertThat(d2.menus).containsExactly(m1);
        assertThat(d3.menus).containsExactly(m1);
        assertThat(g.menus).isEmpty();
        assertThat(m2.dishes).isEmpty();
    }

    @Test
    void aLinkFromEitherSideCallsBothEndsOwnerFirst() {
        assertThat(MenuRelations.addToDishes(m1, d1)).isTrue();
        assertThat(recorder.validated).containsExactly("M1 +d1", "d1 +M1").inOrder();
        assertThat(recorder.changed).containsExactly("M1 +d1", "d1 +M1").inOrder();
        recorder.clear();
        assertThat(DishRelations.addToMenus(d2, m1)).isTrue();
        assertThat(recorder.validated).containsExactly("d2 +M1", "M1 +d2").inOrder();
        assertThat(recorder.changed).containsExactly("d2 +M1", "M1 +d2").inOrder();
        recorder.clear();
        assertThat(MenuRelations.addToDishes(m1, d2)).isFalse();
        assertThat(DishRelations.addToMenus(d1, m1)).isFalse();
        assertThat(MenuRelations.dishes(m1).put("a", d1)).isSameInstanceAs(d1);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aPutThatDisplacesADishUnlinksItThenLinksTheNewOne() {
        m1HoldsThree();
        assertThat(MenuRelations.dishes(m1).put("a", g)).isSameInstanceAs(d1);
        assertThat(recorder.validated).containsExactly("M1 -d1", "d1 -M1", "M1 +g", "g +M1").inOrder();
        assertThat(recorder.changed).containsExactly("M1 -d1", "d1 -M1", "M1 +g", "g +M1").inOrder();
        assertThat(d1.menus).isEmpty();

        recorder.clear();
        recorder.refuse = "d1 +M1"::equals;
        assertThrows(IllegalStateException.class, () -> MenuRelations.addToDishes(m1, d1));
        assertThat(m1.dishes.get("a")).isSameInstanceAs(g);
        assertThat(g.menus).containsExactly(m1);
        assertThat(d1.menus).isEmpty();
        assertThat(recorder.validated).containsExactly("M1 -g", "g -M1", "M1 +d1", "d1 +M1").inOrder();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void aLinkFromTheListSideThatPushesADishOutOfTheMapUnlinksThatPairFirst() {
        m1HoldsThree();
        assertThat(DishRelations.addToMenus(g, m1)).isTrue();
        assertThat(recorder.validated).containsExactly("d1 -M1", "M1 -d1", "g +M1", "M1 +g").inOrder();
        assertThat(recorder.changed).containsExactly("d1 -M1", "M1 -d1", "g +M1", "M1 +g").inOrder();
        assertThat(m1.dishes).containsExactly("a", g, "b", d2, "c", d3).inOrder();
        assertThat(d1.menus).isEmpty();

        // refused, either the pair pushed out or the new one, on every path of the list side: nothing changes
        for (String refused : List.of("d1 -M1", "M1 -d1", "g +M1", "M1 +g")) {
            m1HoldsThree();
            recorder.refuse = refused::equals;
            List<Menu> view = DishRelations.menus(g);
            assertThrows(IllegalStateException.class, () -> DishRelations.addToMenus(g, m1));
            assertThrows(IllegalStateException.class, () -> view.add(m1));
            assertThrows(IllegalStateException.class, () -> view.add(0, m1));
            assertThrows(IllegalStateException.class, () -> view.addAll(List.of(m2, m1)));
            assertThrows(IllegalStateException.class, () -> DishRelations.setMenus(g, List.of(m2, m1)));
            assertM1HoldsThree();
            assertThat(recorder.changed).isEmpty();
            recorder.refuse = change -> false;
        }
    }

    @Test
    void aListSetThatBringsInADishTitledAsAnotherIsThreePairs() {
        DishRelations.addToMenus(g, m2);
        m1HoldsThree();
        DishRelations.menus(g).set(0, m1);
        assertThat(recorder.validated).containsExactly("g -M2", "M2 -g", "d1 -M1", "M1 -d1", "g +M1", "M1 +g")
                .inOrder();
        assertThat(recorder.changed).containsExactly("g -M2", "M2 -g", "d1 -M1", "M1 -d1", "g +M1", "M1 +g")
                .inOrder();
        assertThat(m2.dishes).isEmpty();
        assertThat(m1.dishes.get("a")).isSameInstanceAs(g);
    }

    @Test
    void aRekeyChangesNoLinkAndCallsNothing() {
        m1HoldsThree();
        d1.title = "z";
        assertThat(MenuRelations.rekeyInDishes(m1, d1)).isTrue();
        assertThat(m1.dishes.get("z")).isSameInstanceAs(d1);
        d2.title = "y";
        MenuRelations.addToDishes(m1, d2); // under its new title: a move in the map, no link changes
        assertThat(m1.dishes).containsExactly("c", d3, "y", d2, "z", d1).inOrder();
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();

        d3.title = "x"; // found from the list side under its old title, and unlinked
        assertThat(DishRelations.removeFromMenus(d3, m1)).isTrue();
        assertThat(recorder.validated).containsExactly("d3 -M1", "M1 -d3").inOrder();
        assertThat(recorder.changed).containsExactly("d3 -M1", "M1 -d3").inOrder();
    }

    @Test
    void everyRemovalOfEitherSideIsHeardOnceAndARefusalChangesNothing() {
        m1HoldsThree();
        NavigableMap<String, Dish> view = MenuRelations.dishes(m1);
        assertThat(view.remove("a")).isSameInstanceAs(d1);
        assertThat(recorder.changed).containsExactly("M1 -d1", "d1 -M1").inOrder();
        m1HoldsThree();
        DishRelations.menus(d2).clear();
        assertThat(recorder.changed).containsExactly("d2 -M1", "M1 -d2").inOrder();

        m1HoldsThree();
        recorder.refuse = "d3 -M1"::equals;
        assertThrows(IllegalStateException.class, view::clear);
        assertThrows(IllegalStateException.class, () -> view.values().removeIf(dish -> true));
        assertThrows(IllegalStateException.class, () -> view.keySet().retainAll(Arrays.asList("a")));
        assertThrows(IllegalStateException.class, () -> view.entrySet().removeIf(entry -> true));
        assertThrows(IllegalStateException.class, () -> view.tailMap("b", true).clear());
        assertThrows(IllegalStateException.class, () -> view.pollLastEntry());
        assertThrows(IllegalStateException.class, () -> MenuRelations.setDishes(m1, Arrays.asList(d1)));
        assertThrows(IllegalStateException.class, () -> MenuRelations.detach(m1));
        assertThrows(IllegalStateException.class, () -> DishRelations.detach(d3));
        assertThrows(IllegalStateException.class, () -> DishRelations.menus(d3).removeIf(menu -> true));
        assertThrows(IllegalStateException.class, () -> DishRelations.setMenus(d3, List.of(m2)));
        assertThrows(IllegalStateException.class, () -> {
            Iterator<Menu> it = DishRelations.menus(d3).iterator();
            it.next();
            it.remove();
        });
        assertM1HoldsThree();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        Iterator<Map.Entry<String, Dish>> it = view.entrySet().iterator();
        it.next();
        it.remove();
        assertThat(recorder.changed).containsExactly("M1 -d1", "d1 -M1").inOrder();
        recorder.clear();
        view.headMap("c").clear();
        assertThat(recorder.changed).containsExactly("M1 -d2", "d2 -M1").inOrder();
        assertThat(m1.dishes).containsExactly("c", d3);
    }

    @Test
    void eachValidatorOfABulkOperationSeesTheStepsBeforeItDone() {
        m1HoldsThree();
        recorder.refuse = change -> change.equals("M2 +d2") && m2.dishes.containsValue(d1);
        assertThrows(IllegalStateException.class, () -> MenuRelations.dishes(m2)
                .putAll(new TreeMap<>(Map.of("a", d1, "b", d2))));
        assertThrows(IllegalStateException.class, () -> MenuRelations.setDishes(m2, Arrays.asList(d1, d2)));
        assertM1HoldsThree();
        assertThat(recorder.changed).isEmpty();

        // from the list side: the second menu's validator sees the first linked
        recorder.refuse = change -> change.equals("g +M2") && m1.dishes.get("a") == g;
        assertThrows(IllegalStateException.class, () -> DishRelations.menus(g).addAll(List.of(m1, m2)));
        assertM1HoldsThree();
        assertThat(recorder.changed).isEmpty();

        recorder.refuse = change -> false;
        recorder.clear();
        DishRelations.setMenus(g, List.of(m1, m2));
        assertThat(recorder.changed).containsExactly("d1 -M1", "M1 -d1", "g +M1", "M1 +g", "g +M2", "M2 +g")
                .inOrder();
        assertThat(recorder.validated).isEqualTo(recorder.changed);
    }

    @Test
    void detachOfEitherSideAndAListenerThatThrows() {
        m1HoldsThree();
        MenuRelations.addToDishes(m2, d1);
        recorder.clear();
        recorder.failListener = "d1 -M1"::equals;
        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> DishRelations.detach(d1));
        assertThat(failed).hasMessageThat().isEqualTo("listener failed on d1 -M1");
        assertThat(d1.menus).isEmpty();
        assertThat(m1.dishes).doesNotContainKey("a");
        assertThat(m2.dishes).isEmpty();
        assertThat(recorder.changed).containsExactly("d1 -M1", "M1 -d1", "d1 -M2", "M2 -d1").inOrder();

        recorder.clear();
        MenuRelations.detach(m1);
        assertThat(recorder.changed).containsExactly("M1 -d2", "d2 -M1", "M1 -d3", "d3 -M1").inOrder();
        assertThat(m1.dishes).isEmpty();
    }

    /**
     * A refusal after a step that created a field leaves it {@code null}: the ware's set and the
     * shop's map that linking from either side creates ({@code Ware.shops}, {@code Shop.wares} start
     * out {@code null}).
     */
    @Test
    void aRefusalLeavesTheOtherSidesNullFieldsNull() {
        Shop s1 = new Shop("S1", recorder);
        Shop s2 = new Shop("S2", recorder);
        Ware w1 = new Ware("w1", "x", recorder);
        Ware w2 = new Ware("w2", "y", recorder);
        recorder.refuse = "w1 +S2"::equals;
        assertThrows(IllegalStateException.class, () -> WareRelations.setShops(w1, List.of(s1, s2)));
        assertThat(w1.shops).isNull();
        assertThat(s1.wares).isNull();
        assertThat(s2.wares).isNull();

        ShopRelations.addToWares(s1, w1);
        Ware w3 = new Ware("w3", "z", recorder);
        recorder.clear();
        recorder.refuse = "w3 +S1"::equals;
        assertThrows(IllegalStateException.class, () -> ShopRelations.setWares(s1, List.of(w1, w2, w3)));
        assertThat(recorder.validated).containsExactly("w2 +S1", "w3 +S1").inOrder(); // w2 had its set made
        assertThat(w2.shops).isNull();
        assertThat(w3.shops).isNull();
        assertThat(s1.wares).containsExactly("x", w1);
        assertThat(recorder.changed).isEmpty();
    }
}
