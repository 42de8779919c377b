package dev.relate.examples.events;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/**
 * An order with at most one coupon, a one-way many-to-one: only the order is called, since nothing of
 * the coupon points back. It refuses an expired coupon, and keeps an audit of what it carried.
 */
public class Order {
    final String name;
    @ManyToOneRel
    Coupon coupon;
    final List<String> audit = new ArrayList<>();

    public Order(String name) {
        this.name = name;
    }

    /** Refuses an expired coupon: relate calls it before the old coupon's unlink and the new one's link. */
    @Validates("coupon")
    void checkCoupon(Coupon offered, boolean linking) {
        if (linking && offered.expired) {
            throw new IllegalStateException(offered + " has expired");
        }
    }

    /** Replacing a coupon is heard as the old one's unlink, then the new one's link. */
    @OnChange("coupon")
    void couponChanged(Coupon changed, boolean linked) {
        audit.add((linked ? "+" : "-") + changed);
    }

    @Override
    public String toString() {
        return name;
    }
}
