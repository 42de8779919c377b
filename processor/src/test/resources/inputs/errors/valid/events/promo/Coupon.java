package test.valid.events.promo;

public class Coupon {
    public boolean expired;
}
