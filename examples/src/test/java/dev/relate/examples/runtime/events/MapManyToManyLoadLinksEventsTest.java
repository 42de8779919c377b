package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code loadLinks} on H2 into a map-keyed many-to-many whose ends a class validates and listens to,
 * through either end: {@code ev_menu_dish} links through the map ({@code Menu.dishes}, its left end),
 * {@code ev_shop_ware} through the set ({@code Ware.shops}). Each row is validated before it links, a
 * refusal at any row leaves every object as before, and the listeners run once, after the last row;
 * a row whose ware takes the sku another ware holds in the shop's map unlinks that one, as a link from
 * the set side always does.
 */
class MapManyToManyLoadLinksEventsTest {
    private final Recorder recorder = new Recorder();
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = TestDatabase.H2.open();
        EvMenuDishTable.createTable(connection);
        EvShopWareTable.createTable(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
        assertThat(recorder.disagreements).isEmpty();
    }

    /** M1 holds d1 and d2, M2 holds d1, saved; then fresh objects with those ids, linked to nothing. */
    private List<Object> savedMenus() throws SQLException {
        Recorder saving = new Recorder();
        Menu m1 = new Menu("M1", saving);
        Menu m2 = new Menu("M2", saving);
        MenuRelations.setDishes(m1, List.of(new Dish("d1", "a", saving), new Dish("d2", "b", saving)));
        MenuRelations.addToDishes(m2, m1.dishes.get("a"));
        assertThat(EvMenuDishTable.saveLinks(connection, List.of(m1, m2))).isEqualTo(3);
        return List.of(new Menu("M1", recorder), new Menu("M2", recorder), new Dish("d1", "a", recorder),
                new Dish("d2", "b", recorder));
    }

    @Test
    void throughTheMapEveryRowIsValidatedAndTheListenersRunAfterTheLastRow() throws SQLException {
        List<Object> fresh = savedMenus();
        Menu m1 = (Menu) fresh.get(0);
        Menu m2 = (Menu) fresh.get(1);
        Dish d1 = (Dish) fresh.get(2);
        Dish d2 = (Dish) fresh.get(3);
        int[] validatedWhenFirstHeard = {-1};
        recorder.failListener = change -> {
            if (validatedWhenFirstHeard[0] < 0) {
                validatedWhenFirstHeard[0] = recorder.validated.size();
            }
            return false;
        };
        assertThat(EvMenuDishTable.loadLinks(connection, List.of(m1, m2), List.of(d1, d2))).isEqualTo(3);
        assertThat(recorder.validated).containsExactly("M1 +d1", "d1 +M1", "M1 +d2", "d2 +M1", "M2 +d1", "d1 +M2")
                .inOrder();
        assertThat(validatedWhenFirstHeard[0]).isEqualTo(6);
        assertThat(recorder.changed).isEqualTo(recorder.validated);
        assertThat(m1.dishes).containsExactly("a", d1, "b", d2).inOrder();
        assertThat(d1.menus).containsExactly(m1, m2).inOrder();

        recorder.clear();
        recorder.refuse = change -> true; // every link exists: nothing is validated or heard again
        assertThat(EvMenuDishTable.loadLinks(connection, List.of(m1, m2), List.of(d1, d2))).isEqualTo(0);
        assertThat(recorder.validated).isEmpty();
        assertThat(recorder.changed).isEmpty();
    }

    @Test
    void throughTheMapARefusalAtAnyRowLeavesEveryObjectAsBefore() throws SQLException {
        for (String refused : List.of("M1 +d1", "d2 +M1", "M2 +d1", "d1 +M2")) {
            connection.createStatement().execute("DELETE FROM " + EvMenuDishTable.NAME);
            List<Object> fresh = savedMenus();
            recorder.clear();
            recorder.refuse = refused::equals;
            Menu m1 = (Menu) fresh.get(0);
            Menu m2 = (Menu) fresh.get(1);
            Dish d1 = (Dish) fresh.get(2);
            Dish d2 = (Dish) fresh.get(3);
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> EvMenuDishTable.loadLinks(connection, List.of(m1, m2), List.of(d1, d2)));
            assertThat(thrown).hasMessageThat().isEqualTo("refused " + refused);
            assertThat(m1.dishes).isEmpty();
            assertThat(m2.dishes).isEmpty();
            assertThat(d1.menus).isEmpty();
            assertThat(d2.menus).isEmpty();
            assertThat(recorder.changed).isEmpty();
        }
    }

    /** w1 and w2 share the sku "x"; S1 stocked both over time, so the table holds both rows. */
    private void saveTwoWaresOfOneSku() throws SQLException {
        Recorder saving = new Recorder();
        Shop s1 = new Shop("S1", saving);
        Ware w1 = new Ware("w1", "x", saving);
        Ware w2 = new Ware("w2", "x", saving);
        WareRelations.addToShops(w1, s1);
        EvShopWareTable.saveLinks(connection, List.of(w1));
        WareRelations.addToShops(w2, s1); // pushes w1 out of S1's map
        assertThat(w1.shops).isEmpty();
        EvShopWareTable.saveLinks(connection, List.of(w2));
    }

    @Test
    void throughTheSetARowThatPushesAWareOutOfTheMapUnlinksIt() throws SQLException {
        saveTwoWaresOfOneSku();
        Shop s1 = new Shop("S1", recorder);
        Ware w1 = new Ware("w1", "x", recorder);
        Ware w2 = new Ware("w2", "x", recorder);
        assertThat(EvShopWareTable.loadLinks(connection, List.of(w1, w2), List.of(s1))).isEqualTo(2);
        // Ware declares the validator, both classes a listener
        assertThat(recorder.validated).containsExactly("w1 +S1", "w1 -S1", "w2 +S1").inOrder();
        assertThat(recorder.changed).containsExactly("w1 +S1", "S1 +w1", "w1 -S1", "S1 -w1", "w2 +S1", "S1 +w2")
                .inOrder();
        assertThat(s1.wares).containsExactly("x", w2);
        assertThat(w1.shops).isEmpty();
        assertThat(w2.shops).containsExactly(s1);
        // the listeners run after the last row: w1's link is heard when a later row has undone it, with
        // both ends agreeing that it is gone (what the listeners' check flags as "not linked now")
        assertThat(recorder.disagreements).containsExactly("w1 +S1", "S1 +w1").inOrder();
        recorder.disagreements.clear();
    }

    @Test
    void throughTheSetARefusalAtAnyRowLeavesEveryObjectAsBefore() throws SQLException {
        saveTwoWaresOfOneSku();
        for (String refused : List.of("w1 +S1", "w1 -S1", "w2 +S1")) {
            recorder.clear();
            recorder.refuse = refused::equals;
            Shop s1 = new Shop("S1", recorder);
            Ware w1 = new Ware("w1", "x", recorder);
            Ware w2 = new Ware("w2", "x", recorder);
            assertThrows(IllegalStateException.class,
                    () -> EvShopWareTable.loadLinks(connection, List.of(w1, w2), List.of(s1)));
            // the map and sets the load created are dropped again
            assertThat(s1.wares).isNull();
            assertThat(w1.shops).isNull();
            assertThat(w2.shops).isNull();
            assertThat(recorder.changed).isEmpty();
        }
    }
}
