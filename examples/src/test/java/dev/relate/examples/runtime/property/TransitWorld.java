package dev.relate.examples.runtime.property;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.LINKED_SET;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.LIST;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.property.LinkModel.Kind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Random;

/**
 * Stations linked by routes, a self-referential association object: a station's departures are a
 * list, its arrivals a set in insertion order, and a route may link a station to itself. The steps
 * are those of both collection ends and both scalar ends of the routes, and those of the association
 * helpers: link (with a new association, an existing one that moves, or one relate creates), unlink
 * by pair and by association, find, and the navigation views from both sides. After every step all
 * four ends agree with the model, and each navigation view reads the far ends of its collection.
 */
final class TransitWorld extends ModelWorld {
    static final int STATIONS = 4;
    static final int ROUTES = 6;

    final List<Station> stations = new ArrayList<>();
    /** Every route made so far, in the order made: the initial ones, then those the steps create. */
    final List<Route> routes = new ArrayList<>();
    private final Map<Route, Integer> indexes = new IdentityHashMap<>();
    final LinkModel departures = new LinkModel("Station.departures/Route.from", Kind.ONE_TO_MANY);
    final LinkModel arrivals = new LinkModel("Station.arrivals/Route.to", Kind.ONE_TO_MANY);

    TransitWorld() {
        for (int i = 0; i < STATIONS; i++) {
            stations.add(new Station(i));
        }
        for (int i = 0; i < ROUTES; i++) {
            adopt(new Route(10 * i));
        }
        end(new CollectionEndUnderTest<Station, Route>("Station.departures", departures, 0, LIST, stations, routes,
                this::index)
                .field(station -> station.departures).view(StationRelations::departures)
                .helpers(StationRelations::addToDepartures, StationRelations::removeFromDepartures,
                        StationRelations::setDepartures));
        end(new CollectionEndUnderTest<Station, Route>("Station.arrivals", arrivals, 0, LINKED_SET, stations, routes,
                this::index)
                .field(station -> station.arrivals).view(StationRelations::arrivals)
                .helpers(StationRelations::addToArrivals, StationRelations::removeFromArrivals,
                        StationRelations::setArrivals));
        end(new ScalarEndUnderTest<Route, Station>("Route.from", departures, 1, routes, stations, route -> route.from,
                RouteRelations::setFrom));
        end(new ScalarEndUnderTest<Route, Station>("Route.to", arrivals, 1, routes, stations, route -> route.to,
                RouteRelations::setTo));
        end(new AssociationHelpers());
        invariant(() -> Invariants.assertAssociations("Route", stations, stations, routes,
                station -> station.departures, route -> route.from, station -> station.arrivals, route -> route.to));
    }

    int index(Route route) {
        Integer index = indexes.get(route);
        if (index == null) {
            throw new AssertionError(route + " is not a route of the test");
        }
        return index;
    }

    /** Takes a route made by relate (or by the test) into the pool. */
    Route adopt(Route route) {
        assertWithMessage("a new route").that(indexes.containsKey(route)).isFalse();
        indexes.put(route, routes.size());
        routes.add(route);
        return route;
    }

    Station station(int n) {
        return stations.get(n % STATIONS);
    }

    Route route(int n) {
        return routes.get(n % routes.size());
    }

    Station from(Route route) {
        return (Station) departures.single(1, route);
    }

    Station to(Route route) {
        return (Station) arrivals.single(1, route);
    }

    /** The routes from {@code from} to {@code to}, in the order of {@code from}'s departures. */
    List<Route> between(Station from, Station to) {
        List<Route> found = new ArrayList<>();
        for (Object route : departures.held(0, from)) {
            if (to((Route) route) == to) {
                found.add((Route) route);
            }
        }
        return found;
    }

    /** Links in the model as {@code link(from, to, route)} does: the left end first, then the right. */
    void modelLink(Station from, Station to, Route route) {
        departures.set(1, route, from);
        arrivals.set(1, route, to);
    }

    void modelUnlink(Route route) {
        departures.set(1, route, null);
        arrivals.set(1, route, null);
    }

    static boolean bit(int bits, Station station) {
        return station != null && (bits >> station.index & 1) == 1;
    }

    /** Up to four stations, possibly repeated. */
    List<Station> pickStations(int seed) {
        Random random = new Random(seed);
        List<Station> picked = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            picked.add(stations.get(random.nextInt(STATIONS)));
        }
        return picked;
    }

    /** The association helpers of {@code Route} and the navigation views of {@code Station}. */
    final class AssociationHelpers implements EndUnderTest {
        @Override
        public String name() {
            return "RouteRelations";
        }

        @Override
        public int kinds() {
            return 17;
        }

        @Override
        public void step(int kind, Op op) {
            Station from = station(op.a());
            Station to = station(op.b());
            int c = op.c();
            switch (kind) {
                case 0 -> {
                    Route route = adopt(new Route(c));
                    assertWithMessage("link").that(RouteRelations.link(from, to, route)).isSameInstanceAs(route);
                    modelLink(from, to, route);
                }
                case 1 -> {
                    Route route = adopt(RouteRelations.link(from, to));
                    modelLink(from, to, route);
                }
                case 2 -> {
                    // a route linked elsewhere moves, both of its ends
                    Route route = route(c);
                    RouteRelations.link(from, to, route);
                    modelLink(from, to, route);
                }
                case 3 -> {
                    List<Route> pair = between(from, to);
                    assertWithMessage("unlink(from, to)").that(RouteRelations.unlink(from, to)).isEqualTo(pair.size());
                    pair.forEach(TransitWorld.this::modelUnlink);
                }
                case 4 -> {
                    Route route = route(c);
                    RouteRelations.unlink(route);
                    modelUnlink(route);
                }
                case 5 -> find(from, to);
                case 6 -> {
                    assertWithMessage("toOfDepartures.add").that(StationRelations.toOfDepartures(from).add(to))
                            .isTrue();
                    Route made = adopt(from.departures.get(from.departures.size() - 1));
                    modelLink(from, to, made);
                }
                case 7 -> {
                    assertWithMessage("fromOfArrivals.add").that(StationRelations.fromOfArrivals(to).add(from))
                            .isTrue();
                    Route made = adopt(from.departures.get(from.departures.size() - 1));
                    modelLink(from, to, made);
                }
                case 8 -> {
                    List<Route> pair = between(from, to);
                    assertWithMessage("toOfDepartures.remove").that(StationRelations.toOfDepartures(from).remove(to))
                            .isEqualTo(!pair.isEmpty());
                    pair.forEach(TransitWorld.this::modelUnlink);
                }
                case 9 -> {
                    List<Route> pair = between(from, to);
                    assertWithMessage("fromOfArrivals.remove").that(StationRelations.fromOfArrivals(to).remove(from))
                            .isEqualTo(!pair.isEmpty());
                    pair.forEach(TransitWorld.this::modelUnlink);
                }
                case 10 -> {
                    List<Route> removed = new ArrayList<>();
                    for (Object route : departures.held(0, from)) {
                        if (bit(c, to((Route) route))) {
                            removed.add((Route) route);
                        }
                    }
                    assertWithMessage("toOfDepartures.removeIf")
                            .that(StationRelations.toOfDepartures(from).removeIf(station -> bit(c, station)))
                            .isEqualTo(!removed.isEmpty());
                    removed.forEach(TransitWorld.this::modelUnlink);
                }
                case 11 -> {
                    // a route without a left end has null as its far end, which no list of stations keeps
                    List<Station> kept = pickStations(c);
                    List<Route> removed = new ArrayList<>();
                    for (Object route : arrivals.held(0, to)) {
                        if (!kept.contains(from((Route) route))) {
                            removed.add((Route) route);
                        }
                    }
                    assertWithMessage("fromOfArrivals.retainAll")
                            .that(StationRelations.fromOfArrivals(to).retainAll(kept)).isEqualTo(!removed.isEmpty());
                    removed.forEach(TransitWorld.this::modelUnlink);
                }
                case 12 -> {
                    List<Object> held = departures.snapshot(0, from);
                    StationRelations.toOfDepartures(from).clear();
                    held.forEach(route -> modelUnlink((Route) route));
                }
                case 13 -> reads(from, to, c);
                case 14 -> refuse(from, to, c % 4);
                case 15 -> rejectNulls(from, to, c % 6);
                default -> {
                    List<Station> gone = pickStations(c);
                    List<Route> removed = new ArrayList<>();
                    for (Object route : arrivals.held(0, to)) {
                        Station far = from((Route) route);
                        if (far != null && gone.contains(far)) {
                            removed.add((Route) route);
                        }
                    }
                    assertWithMessage("fromOfArrivals.removeAll")
                            .that(StationRelations.fromOfArrivals(to).removeAll(gone)).isEqualTo(!removed.isEmpty());
                    removed.forEach(TransitWorld.this::modelUnlink);
                }
            }
        }

        /** find gives a route of the pair: the first of the smaller collection it searches. */
        private void find(Station from, Station to) {
            List<Route> pair = between(from, to);
            Route found = RouteRelations.find(from, to);
            if (pair.isEmpty()) {
                assertWithMessage("find").that(found).isNull();
                return;
            }
            List<Object> lefts = departures.held(0, from);
            List<Object> rights = arrivals.held(0, to);
            Route first = null;
            for (Object route : lefts.size() <= rights.size() ? lefts : rights) {
                if (from((Route) route) == from && to((Route) route) == to) {
                    first = (Route) route;
                    break;
                }
            }
            assertWithMessage("find").that(found).isSameInstanceAs(first);
            found.minutes++;
        }

        private void reads(Station from, Station to, int c) {
            List<Station> view = StationRelations.toOfDepartures(from);
            List<Object> held = departures.held(0, from);
            int first = -1;
            for (int i = 0; i < held.size() && first < 0; i++) {
                if (to((Route) held.get(i)) == to) {
                    first = i;
                }
            }
            assertWithMessage("toOfDepartures.indexOf").that(view.indexOf(to)).isEqualTo(first);
            assertWithMessage("toOfDepartures.contains").that(view.contains(to)).isEqualTo(first >= 0);
            assertWithMessage("toOfDepartures.size").that(view.size()).isEqualTo(held.size());
            if (!held.isEmpty()) {
                int at = c % held.size();
                assertWithMessage("toOfDepartures.get").that(view.get(at)).isSameInstanceAs(to((Route) held.get(at)));
            }
            assertWithMessage("fromOfArrivals.contains").that(StationRelations.fromOfArrivals(to).contains(from))
                    .isEqualTo(!between(from, to).isEmpty());
        }

        /** What the navigation views cannot keep in sync throws and changes nothing. */
        private void refuse(Station from, Station to, int how) {
            Class<UnsupportedOperationException> unsupported = UnsupportedOperationException.class;
            List<Station> targets = StationRelations.toOfDepartures(from);
            List<Station> sources = StationRelations.fromOfArrivals(to);
            switch (how) {
                case 0 -> {
                    if (!targets.isEmpty()) {
                        assertThrows(unsupported, () -> {
                            Iterator<Station> it = targets.iterator();
                            it.next();
                            it.remove();
                        });
                    }
                }
                case 1 -> {
                    if (!sources.isEmpty()) {
                        assertThrows(unsupported, () -> sources.set(0, from));
                        assertThrows(unsupported, () -> sources.remove(0));
                    }
                }
                case 2 -> assertThrows(unsupported, () -> targets.add(0, to));
                default -> {
                    if (!targets.isEmpty()) {
                        assertThrows(unsupported, () -> {
                            ListIterator<Station> it = targets.listIterator();
                            it.next();
                            it.set(to);
                        });
                    }
                    assertThrows(unsupported, () -> sources.listIterator().add(from));
                }
            }
        }

        private void rejectNulls(Station from, Station to, int how) {
            Class<NullPointerException> npe = NullPointerException.class;
            Route route = route(how);
            switch (how) {
                case 0 -> assertWithMessage("find(null, to)").that(RouteRelations.find(null, to)).isNull();
                case 1 -> assertWithMessage("unlink(from, null)").that(RouteRelations.unlink(from, null)).isEqualTo(0);
                case 2 -> expectMessage(assertThrows(npe, () -> RouteRelations.link(null, to, route)),
                        "[RelateNullArgument] the left object passed for Route is null");
                case 3 -> expectMessage(assertThrows(npe, () -> RouteRelations.unlink((Route) null)),
                        "[RelateNullArgument] the association passed for Route is null");
                case 4 -> expectMessage(assertThrows(npe, () -> StationRelations.toOfDepartures(from).add(null)),
                        "[RelateLinkNull] Route cannot link null");
                default -> {
                    expectMessage(assertThrows(npe, () -> RouteRelations.link(from, null, route)),
                            "[RelateNullArgument] the right object passed for Route is null");
                    expectMessage(assertThrows(npe, () -> RouteRelations.link(from, to, null)),
                            "[RelateNullArgument] the association passed for Route is null");
                }
            }
        }

        private void expectMessage(Throwable thrown, String message) {
            assertWithMessage("the message of %s", thrown).that(thrown.getMessage()).isEqualTo(message);
        }

        @Override
        public void check(String after) {
            for (Station station : stations) {
                List<Station> targets = new ArrayList<>();
                for (Route route : station.departures) {
                    targets.add(route.to);
                }
                List<Station> view = StationRelations.toOfDepartures(station);
                assertWithMessage("%s: toOfDepartures of %s", after, station).that(new ArrayList<>(view))
                        .containsExactlyElementsIn(targets).inOrder();
                List<Station> sources = new ArrayList<>();
                for (Route route : station.arrivals) {
                    sources.add(route.from);
                }
                assertWithMessage("%s: fromOfArrivals of %s", after, station)
                        .that(new ArrayList<>(StationRelations.fromOfArrivals(station)))
                        .containsExactlyElementsIn(sources).inOrder();
            }
        }
    }
}
