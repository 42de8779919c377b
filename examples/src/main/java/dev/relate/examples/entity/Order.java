package dev.relate.examples.entity;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code order.assignCustomer(c)}, {@code order.addToTags(t)}: relate's helpers as the order's own methods. */
public class Order implements OrderRelated {
    final int number;

    @ManyToOneRel(backPopulates = "orders")
    Customer customer;

    @ManyToManyRel(backPopulates = "orders")
    Set<Tag> tags = new LinkedHashSet<>();

    public Order(int number) {
        this.number = number;
    }

    @Override
    public String toString() {
        return "Order(" + number + ")";
    }
}
