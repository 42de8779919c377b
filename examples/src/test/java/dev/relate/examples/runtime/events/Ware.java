package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.Set;

/**
 * The set end of {@code Shop.wares}, validated and listened to, whose {@code sku} keys it there; no set
 * until relate creates one.
 */
class Ware {
    final String id;
    final Recorder recorder;
    String sku;
    @ManyToManyRel(secondary = "ev_shop_ware", backPopulates = "wares")
    Set<Shop> shops;

    Ware(String id, String sku, Recorder recorder) {
        this.id = id;
        this.sku = sku;
        this.recorder = recorder;
    }

    @Validates("shops")
    void checkShop(Shop shop, boolean linking) {
        recorder.validate(this, shop, linking);
    }

    @OnChange("shops")
    void shopsChanged(Shop shop, boolean linked) {
        recorder.changed(this, shop, linked, (shops != null && shops.contains(shop)) == linked
                && (shop.wares != null && shop.wares.containsValue(this)) == linked);
    }

    @Override
    public String toString() {
        return id;
    }
}
