package dev.relate.examples.maps.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** An ingredient, known in each recipe's map by its name. */
public class Ingredient {
    long id;
    String name;
    final String variety;

    @ManyToManyRel(secondary = "recipe_ingredient", backPopulates = "ingredients")
    List<Recipe> recipes = new ArrayList<>();

    public Ingredient(long id, String name, String variety) {
        this.id = id;
        this.name = name;
        this.variety = variety;
    }

    @Override
    public String toString() {
        return name + ": " + variety;
    }
}
