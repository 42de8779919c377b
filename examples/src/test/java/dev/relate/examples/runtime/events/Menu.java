package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The map end of a map-keyed many-to-many, keyed by each dish's title, stored in {@code ev_menu_dish}
 * (its left end: loading links through this map), with a validator and a listener; the other end,
 * {@code Dish.menus}, has both too.
 */
class Menu {
    final String id;
    final Recorder recorder;
    @ManyToManyRel(secondary = "ev_menu_dish", backPopulates = "menus", key = "title")
    NavigableMap<String, Dish> dishes = new TreeMap<>();

    Menu(String id, Recorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @Validates("dishes")
    void checkDish(Dish dish, boolean linking) {
        recorder.validate(this, dish, linking);
    }

    @OnChange("dishes")
    void dishesChanged(Dish dish, boolean linked) {
        recorder.changed(this, dish, linked, dishes.containsValue(dish) == linked
                && dish.menus.stream().anyMatch(menu -> menu == this) == linked);
    }

    @Override
    public String toString() {
        return id;
    }
}
