package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** The collection end of {@code Menu.dishes}, validated and listened to; {@code title} keys it there. */
class Dish {
    final String id;
    final Recorder recorder;
    String title;
    @ManyToManyRel(secondary = "ev_menu_dish", backPopulates = "dishes")
    List<Menu> menus = new ArrayList<>();

    Dish(String id, String title, Recorder recorder) {
        this.id = id;
        this.title = title;
        this.recorder = recorder;
    }

    @Validates("menus")
    void checkMenu(Menu menu, boolean linking) {
        recorder.validate(this, menu, linking);
    }

    @OnChange("menus")
    void menusChanged(Menu menu, boolean linked) {
        recorder.changed(this, menu, linked, menus.stream().anyMatch(each -> each == menu) == linked
                && menu.dishes.containsValue(this) == linked);
    }

    @Override
    public String toString() {
        return id;
    }
}
