package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.HashMap;
import java.util.Map;

/**
 * The map end of a map-keyed many-to-many keyed by each ware's sku, stored in {@code ev_shop_ware},
 * whose left end is the other one ({@code Ware.shops}: loading links through that set); a listener
 * only, and no map until relate creates one.
 */
class Shop {
    final String id;
    final Recorder recorder;
    @ManyToManyRel(secondary = "ev_shop_ware", backPopulates = "shops", key = "sku")
    Map<String, Ware> wares;

    Shop(String id, Recorder recorder) {
        this.id = id;
        this.recorder = recorder;
    }

    @OnChange("wares")
    void waresChanged(Ware ware, boolean linked) {
        recorder.changed(this, ware, linked, (wares != null && wares.containsValue(ware)) == linked
                && (ware.shops != null && ware.shops.contains(this)) == linked);
    }

    @Override
    public String toString() {
        return id;
    }
}
