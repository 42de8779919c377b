package test.errors.shops;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Shop {
    public static class Customer {
        long id;

        @OneToManyRel(backPopulates = "customer")
        List<Rating> ratings = new ArrayList<>();
    }

    public static class Product {
        long id;

        @OneToManyRel(backPopulates = "product")
        List<Rating> ratings = new ArrayList<>();
    }

    @AssociationObject(table = "ratings")
    public static class Rating {
        @ManyToOneRel(backPopulates = "ratings")
        Customer customer;

        @ManyToOneRel(backPopulates = "ratings")
        Product product;

        int stars;
    }
}
