package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A setter that calls relate: for Java 8, where relate calls the accessors, they would recurse. */
public class ErroneousDelegatingSetter {
    public static class Customer {
        @OneToManyRel(backPopulates = "customer")
        private List<Order> orders = new ArrayList<>();

        public List<Order> getOrders() {
            return orders;
        }

        public void addOrder(Order order) {
            ErroneousDelegatingSetter_CustomerRelations.addToOrders(this, order); // not an accessor: fine
        }
    }

    public static class Order {
        @ManyToOneRel(backPopulates = "orders")
        private Customer customer;

        public Customer getCustomer() {
            return customer;
        }

        public void setCustomer(Customer customer) {
            ErroneousDelegatingSetter_OrderRelations.setCustomer(this, customer);
        }
    }
}
