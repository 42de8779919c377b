package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Accessors that call relate: for Java 8, where relate calls the accessors, they would recurse. */
public class ErroneousDelegatingAccessors {
    public static class Customer {
        @OneToManyRel(backPopulates = "customer")
        private List<Order> orders = new ArrayList<>();

        public List<Order> getOrders() {
            return ErroneousDelegatingAccessors_CustomerRelations.orders(this);
        }

        public void setOrders(List<Order> orders) {
            ErroneousDelegatingAccessors_CustomerRelations.setOrders(this, orders);
        }
    }

    public static class Order {
        @ManyToOneRel(backPopulates = "orders")
        private Customer customer;

        public Customer getCustomer() {
            return customer;
        }

        public void setCustomer(Customer customer) {
            this.customer = customer;
        }
    }
}
