package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationTableColumnType {
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

    @AssociationObject(table = "usages")
    static class Usage {
        @ManyToOneRel(backPopulates = "usages")
        Recipe recipe;

        @ManyToOneRel(backPopulates = "usages")
        Ingredient ingredient;

        double grams;

        List<String> notes = new ArrayList<>();
    }
}
