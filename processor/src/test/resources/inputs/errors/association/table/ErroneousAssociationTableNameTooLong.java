package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationTableNameTooLong {
    /** Stands for jakarta.persistence.Column: relate reads any annotation named Column. */
    @interface Column {
        String name() default "";

        int precision() default 0;

        int scale() default 0;
    }

    static class Recipe {
        long id;

        @OneToManyRel(backPopulates = "recipe")
        List<Usage> usages = new ArrayList<>();
    }

    static class Ingredient {
        long id;

        @OneToManyRel(backPopulates = "ingredient")
        List<Usage> usages = new ArrayList<>();
    }

    @AssociationObject(table = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
    static class Usage {
        @ManyToOneRel(backPopulates = "usages")
        Recipe recipe;

        @ManyToOneRel(backPopulates = "usages")
        Ingredient ingredient;

        double grams;
    }
}
