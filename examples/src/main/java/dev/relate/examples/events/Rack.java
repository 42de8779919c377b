package dev.relate.examples.events;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A bike rack keyed by slot number (a map-keyed one-to-many): it takes no e-bike, and logs what it holds. */
public class Rack {
    final String name;
    @OneToManyRel(backPopulates = "rack", key = "slot")
    Map<Integer, Bike> bikes = new TreeMap<>();
    final List<String> log = new ArrayList<>();

    public Rack(String name) {
        this.name = name;
    }

    /** Refuses an e-bike: relate calls it before each link and unlink of {@code bikes}. */
    @Validates("bikes")
    void checkBike(Bike bike, boolean linking) {
        if (linking && bike.electric) {
            throw new IllegalStateException(name + " has no charger for " + bike);
        }
    }

    /** A put that displaces a bike is heard as its unlink, then the new bike's link. */
    @OnChange("bikes")
    void bikesChanged(Bike bike, boolean linked) {
        log.add((linked ? "+" : "-") + bike);
    }

    @Override
    public String toString() {
        return name;
    }
}
