package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousColumnsOnOneEnd {
    static class Ingredient {
        int id;

        @ManyToManyRel(secondary = "recipe_ingredient", backPopulates = "ingredients")
        Set<Recipe> recipes;
    }

    static class Recipe {
        int id;

        @ManyToManyRel(secondary = "recipe_ingredient", backPopulates = "recipes", leftColumn = "recipe_id",
                rightColumn = "ingredient_id")
        Set<Ingredient> ingredients;
    }
}
