package test.valid;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * Accessors, addX and removeX that call relate, on private fields: for Java 9 and later relate
 * reaches the fields through handles, never through the accessors, so nothing recurses.
 */
public class DelegatingAccessors {
    public static class Customer {
        @OneToManyRel(backPopulates = "customer")
        private List<Order> orders = new ArrayList<>();

        public List<Order> getOrders() {
            return DelegatingAccessors_CustomerRelations.orders(this);
        }

        public void setOrders(List<Order> orders) {
            DelegatingAccessors_CustomerRelations.setOrders(this, orders);
        }

        public void addOrder(Order order) {
            DelegatingAccessors_CustomerRelations.addToOrders(this, order);
        }

        public void removeOrder(Order order) {
            DelegatingAccessors_CustomerRelations.removeFromOrders(this, order);
        }
    }

    public static class Order {
        @ManyToOneRel(backPopulates = "orders")
        private Customer customer;

        public Customer getCustomer() {
            return customer;
        }

        public void setCustomer(Customer customer) {
            DelegatingAccessors_OrderRelations.setCustomer(this, customer);
        }
    }

    /** What the accessors do, run by the test: no StackOverflowError, both ends in sync. */
    public static String run() {
        Customer ann = new Customer();
        Customer bob = new Customer();
        Order order = new Order();
        order.setCustomer(ann);
        boolean first = ann.getOrders().contains(order) && order.getCustomer() == ann;
        bob.addOrder(order);
        boolean moved = bob.getOrders().contains(order) && ann.getOrders().isEmpty() && order.getCustomer() == bob;
        bob.removeOrder(order);
        boolean removed = bob.getOrders().isEmpty() && order.getCustomer() == null;
        ann.setOrders(List.of(order));
        boolean replaced = order.getCustomer() == ann && ann.getOrders().size() == 1;
        return first + " " + moved + " " + removed + " " + replaced;
    }
}
