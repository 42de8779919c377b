package dev.relate.examples.events;

/** A discount code; it knows nothing of the orders that carry it ({@link Order#coupon} is one-way). */
public class Coupon {
    final String code;
    final boolean expired;

    public Coupon(String code, boolean expired) {
        this.code = code;
        this.expired = expired;
    }

    @Override
    public String toString() {
        return code;
    }
}
