package dev.relate.examples.entity;

import java.io.PrintStream;
import java.util.Collections;

/**
 * Methods on the entity itself: a class that implements its generated {@code <Class>Related}
 * interface gets relate's helpers as its own methods, and {@code detach()} unlinks an object from
 * every relationship before it is deleted.
 */
public final class EntityMethodsExample {
    private EntityMethodsExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Methods on the entity, and detach before delete ==");
        Customer ada = new Customer("ada");
        Customer bob = new Customer("bob");
        Order first = new Order(1);
        Order second = new Order(2);
        Tag urgent = new Tag("urgent");
        Tag gift = new Tag("gift");
        first.assignCustomer(ada);
        line(out, "first.assignCustomer(ada)", "ada.orders " + ada.orders);
        ada.addToOrders(second);
        line(out, "ada.addToOrders(second)", "ada.orders " + ada.orders);
        first.addToTags(urgent);
        first.tags().add(gift);
        second.addToTags(urgent);
        line(out, "first: urgent, gift; second: urgent", "urgent.orders " + urgent.orders + ", gift.orders "
                + gift.orders);
        bob.replaceOrders(Collections.singletonList(second));
        line(out, "bob.replaceOrders([second])", "ada.orders " + ada.orders + ", second.customer " + second.customer);

        first.detach();
        line(out, "first.detach()", "ada.orders " + ada.orders + ", urgent.orders " + urgent.orders
                + ", gift.orders " + gift.orders + ", first.customer " + first.customer + ", first.tags "
                + first.tags);
        CustomerRelations.detach(bob);
        line(out, "CustomerRelations.detach(bob)", "bob.orders " + bob.orders + ", second.customer "
                + second.customer + ", second.tags " + second.tags);
    }

    private static void line(PrintStream out, String what, String result) {
        out.println(String.format("%-43s-> %s", what, result));
    }
}
