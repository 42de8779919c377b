package dev.relate.examples.runtime.events;

import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random sequences of operations, through every path of both sides (helpers, the map's views, ranges,
 * iterators and its defaults {@code compute}, {@code merge}, {@code putIfAbsent}, {@code replaceAll};
 * the list's views, iterators and ranges; {@code setX} and {@code detach} of both), on a map-keyed many-to-many
 * ({@code Menu.dishes} keyed by {@code Dish.title}, the other end the list {@code Dish.menus}; both
 * ends validated and listened to), with titles that repeat (so puts and links from the list side
 * displace) and change between operations (so rekeys happen, and dishes are found under old titles).
 * After each operation that succeeded, or whose listener threw (the change stands, every listener
 * runs), the listeners' log is exactly the difference between the links before and after, every
 * change was validated once, and no listener ran while the ends disagreed; when a validator refuses
 * (at random) or the operation throws for another reason ({@code [RelateKeyTaken]}), every field is
 * as before and no listener ran.
 *
 * <p>The one case the README leaves out is left out here too: an operation of the list side that
 * unlinks several menus at once is taken only when the dish is under its own title in every menu
 * (one that fails after unlinking it from a menu that held it under an old title puts it back under
 * its current one).
 */
class MapManyToManyEventsPropertyTest {
    private static final List<String> TITLES = List.of("a", "b", "c");

    @Property(tries = 300, seed = "6122026165500016")
    void listenersSeeExactlyTheChangesAndRefusalsChangeNothing(@ForAll long seed) {
        new World(new Random(seed)).run();
    }

    private static final class World extends EventsWorld {
        final List<Menu> menus = new ArrayList<>();
        final List<Dish> dishes = new ArrayList<>();

        World(Random random) {
            super(random, 35, true);
            for (String name : List.of("M1", "M2", "M3")) {
                menus.add(new Menu(name, recorder));
            }
            for (int i = 0; i < 6; i++) {
                dishes.add(new Dish("d" + i, Choices.pick(random, TITLES), recorder));
            }
        }

        @Override
        void betweenSteps() {
            if (random.nextInt(5) == 0) {
                // written directly, between operations: a map keeps the dish under its old title until a rekey
                Choices.pick(random, dishes).title = Choices.pick(random, TITLES);
            }
        }

        @Override
        void checkAfter(String done) {
            for (Dish dish : dishes) {
                for (Menu menu : menus) {
                    boolean inList = dish.menus.stream().anyMatch(each -> each == menu);
                    assertWithMessage("%s and %s after %s", dish, menu, done)
                            .that(menu.dishes.containsValue(dish)).isEqualTo(inList);
                }
            }
        }

        /** Every link, as {@code "M1|d3"}, read from the maps. */
        @Override
        Set<String> pairs() {
            Set<String> pairs = new TreeSet<>();
            for (Menu menu : menus) {
                for (Dish dish : menu.dishes.values()) {
                    pairs.add(menu + "|" + dish);
                }
            }
            return pairs;
        }

        /** Every field of every object, in order. */
        @Override
        String state() {
            StringBuilder state = new StringBuilder();
            for (Menu menu : menus) {
                state.append(menu).append(menu.dishes).append(';');
            }
            for (Dish dish : dishes) {
                state.append(dish).append('>').append(dish.menus).append(':').append(dish.title).append(';');
            }
            return state.toString();
        }

        /** A subset with distinct titles, which {@code setDishes} takes. */
        private List<Dish> distinctTitles() {
            List<Dish> chosen = new ArrayList<>();
            Set<String> titles = new TreeSet<>();
            for (Dish dish : Choices.subset(random, dishes)) {
                if (titles.add(dish.title)) {
                    chosen.add(dish);
                }
            }
            return chosen;
        }

        /** A dish whose title is {@code title} now, or null. */
        private Dish titled(String title) {
            List<Dish> titled = new ArrayList<>();
            for (Dish each : dishes) {
                if (each.title.equals(title)) {
                    titled.add(each);
                }
            }
            return titled.isEmpty() ? null : Choices.pick(random, titled);
        }

        /** Whether every menu holding the dish holds it under its current title. */
        private static boolean underOwnTitle(Dish dish) {
            for (Menu menu : dish.menus) {
                if (menu.dishes.get(dish.title) != dish) {
                    return false;
                }
            }
            return true;
        }

        /** Takes one operation; null where it is the case left out. */
        @Override
        String step(int kind) {
            Menu menu = Choices.pick(random, menus);
            Dish dish = Choices.pick(random, dishes);
            String title = Choices.pick(random, TITLES);
            NavigableMap<String, Dish> view = MenuRelations.dishes(menu);
            List<Menu> list = DishRelations.menus(dish);
            if ((kind >= 19 && kind <= 24 || kind == 34) && !underOwnTitle(dish)) {
                return null; // the list side unlinks several, or unlinks then links
            }
            switch (kind) {
                // the map side
                case 0 -> MenuRelations.addToDishes(menu, dish);
                case 1 -> MenuRelations.removeFromDishes(menu, dish);
                case 2 -> view.put(dish.title, dish);
                case 3 -> view.remove(title);
                case 4 -> view.clear();
                case 5 -> view.values().removeIf(each -> random.nextBoolean());
                case 6 -> view.keySet().retainAll(Choices.subset(random, TITLES));
                case 7 -> {
                    Iterator<Map.Entry<String, Dish>> it = view.entrySet().iterator();
                    if (it.hasNext()) {
                        it.next();
                        it.remove();
                    }
                }
                case 8 -> view.headMap(title, random.nextBoolean()).clear();
                case 9 -> {
                    Map<String, Dish> more = new LinkedHashMap<>();
                    for (Dish each : Choices.subset(random, dishes)) {
                        more.put(each.title, each);
                    }
                    view.putAll(more);
                    return "putAll " + more + " into " + menu;
                }
                case 10 -> MenuRelations.setDishes(menu, distinctTitles());
                case 11 -> MenuRelations.detach(menu);
                case 12 -> MenuRelations.rekeyInDishes(menu, dish);
                case 13 -> view.pollFirstEntry();
                case 14 -> {
                    Map.Entry<String, Dish> first = view.firstEntry();
                    if (first != null && dish.title.equals(first.getKey())) {
                        view.entrySet().iterator().next().setValue(dish);
                    }
                }
                case 15 -> view.replace(dish.title, dish);
                // the list side
                case 16 -> DishRelations.addToMenus(dish, menu);
                case 17 -> DishRelations.removeFromMenus(dish, menu);
                case 18 -> {
                    if (!list.contains(menu)) {
                        list.add(0, menu);
                    }
                }
                case 19 -> {
                    if (!list.isEmpty() && !list.contains(menu)) {
                        list.set(0, menu);
                    }
                }
                case 20 -> DishRelations.setMenus(dish, Choices.subset(random, menus));
                case 21 -> list.clear();
                case 22 -> list.removeIf(each -> random.nextBoolean());
                case 23 -> DishRelations.detach(dish);
                case 24 -> list.retainAll(Choices.subset(random, menus));
                case 25 -> list.addAll(Choices.subset(random, menus));
                case 26 -> {
                    Iterator<Menu> it = list.iterator();
                    if (it.hasNext()) {
                        it.next();
                        it.remove();
                    }
                }
                // the map's defaults, built on get, put and remove
                case 27 -> view.computeIfAbsent(dish.title, k -> dish);
                case 28 -> view.compute(title, (k, old) -> random.nextBoolean() ? null : titled(k));
                case 29 -> view.merge(dish.title, dish, (old, given) -> random.nextBoolean() ? given : null);
                case 30 -> view.putIfAbsent(dish.title, dish);
                case 31 -> view.replaceAll((k, old) -> {
                    Dish other = titled(k);
                    return other != null && random.nextBoolean() ? other : old;
                });
                case 32 -> view.computeIfPresent(title, (k, old) -> random.nextBoolean() ? null : titled(k));
                // the list's iterator and ranges
                case 33 -> {
                    if (!list.contains(menu)) {
                        ListIterator<Menu> it = list.listIterator();
                        it.add(menu);
                    }
                }
                case 34 -> list.subList(0, list.size() / 2 + random.nextInt(2) * (list.size() + 1) / 2).clear();
                default -> throw new AssertionError(kind);
            }
            return "operation " + kind + " on " + menu + ", " + dish + ", " + title;
        }
    }
}
