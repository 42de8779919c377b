package test.valid.events.shop;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;
import test.valid.events.promo.Coupon;

public class Order {
    @ManyToOneRel
    Coupon coupon;

    @ManyToManyRel
    List<Coupon> tried = new ArrayList<>();

    int changes;

    @Validates("coupon")
    void checkCoupon(Coupon other, boolean linking) {
        if (linking && other.expired) {
            throw new IllegalStateException("expired");
        }
    }

    @OnChange("coupon")
    void couponChanged(Coupon other, boolean linked) {
        changes++;
    }

    @OnChange("tried")
    void triedChanged(Coupon other, boolean linked) {
        changes++;
    }
}
