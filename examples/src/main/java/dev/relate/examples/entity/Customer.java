package dev.relate.examples.entity;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Implements the interface relate writes for it: {@code customer.orders()}, {@code customer.detach()}. */
public class Customer implements CustomerRelated {
    final String name;

    @OneToManyRel(backPopulates = "customer")
    List<Order> orders = new ArrayList<>();

    public Customer(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
