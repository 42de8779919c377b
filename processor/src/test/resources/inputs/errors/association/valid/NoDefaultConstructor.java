package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * Association classes without a constructor without parameters that generated code can call:
 * one with a constructor taking the extra data only, one whose constructor without parameters is
 * private, one that is abstract. No link(left, right) is written for them.
 */
public class NoDefaultConstructor {
    public static class Customer {
        @OneToManyRel(backPopulates = "customer")
        List<Rating> ratings = new ArrayList<>();

        @OneToManyRel(backPopulates = "customer")
        List<Review> reviews = new ArrayList<>();

        @OneToManyRel(backPopulates = "customer")
        List<Vote> votes = new ArrayList<>();
    }

    public static class Product {
        @OneToManyRel(backPopulates = "product")
        List<Rating> ratings = new ArrayList<>();

        @OneToManyRel(backPopulates = "product")
        List<Review> reviews = new ArrayList<>();

        @OneToManyRel(backPopulates = "product")
        List<Vote> votes = new ArrayList<>();
    }

    @AssociationObject
    public static class Rating {
        @ManyToOneRel(backPopulates = "ratings")
        Customer customer;

        @ManyToOneRel(backPopulates = "ratings")
        Product product;

        final int stars;

        public Rating(int stars) {
            this.stars = stars;
        }
    }

    @AssociationObject
    public static class Review {
        @ManyToOneRel(backPopulates = "reviews")
        Customer customer;

        @ManyToOneRel(backPopulates = "reviews")
        Product product;

        String text;

        private Review() {
        }

        public static Review of(String text) {
            Review review = new Review();
            review.text = text;
            return review;
        }
    }

    @AssociationObject
    public abstract static class Vote {
        @ManyToOneRel(backPopulates = "votes")
        Customer customer;

        @ManyToOneRel(backPopulates = "votes")
        Product product;

        public abstract boolean up();
    }
}
