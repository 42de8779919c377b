package test.valid.manytomany;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Ids marked with an annotation named Id, on a field of another name and on a getter, of every
 * supported type, with and without JPA's @Table and an annotation named Column; and an annotation
 * named Table that is not JPA's, which names no table.
 */
public class AnnotatedIds {
    @jakarta.persistence.Table(name = "customers")
    public static class Customer {
        @Id
        @Column(name = "customer_no")
        String code;

        @ManyToManyRel(secondary = "customer_product", backPopulates = "customers")
        Set<Product> products = new HashSet<>();
    }

    public static class Product {
        private UUID key = UUID.randomUUID();

        @ManyToManyRel(secondary = "customer_product", backPopulates = "products")
        Set<Customer> customers = new HashSet<>();

        @Id
        public UUID getKey() {
            return key;
        }
    }

    @Table
    public static class Warehouse {
        /** Not the id: the field marked @Id is. */
        String id;

        @Id
        Integer number;

        @ManyToManyRel(secondary = "warehouse_product")
        Set<Product> products = new HashSet<>();
    }

    @Table(name = "shops")
    public static class Shop {
        @Id
        long shopId;

        @ManyToManyRel(secondary = "shop_customer", leftColumn = "shop_id", rightColumn = "customer_id")
        Set<Customer> customers = new HashSet<>();
    }

    public static class Supplier {
        @Id
        private Long key;

        @ManyToManyRel(secondary = "supplier_product")
        Set<Product> products = new HashSet<>();

        public Long getKey() {
            return key;
        }
    }

    /** The id column is a reserved word: no foreign key can name it unquoted. */
    @jakarta.persistence.Table(name = "events")
    public static class Event {
        @Id
        @Column(name = "key")
        long eventKey;

        @ManyToManyRel(secondary = "event_product")
        Set<Product> products = new HashSet<>();
    }
}
