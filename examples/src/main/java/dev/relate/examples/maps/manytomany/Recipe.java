package dev.relate.examples.maps.manytomany;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashMap;
import java.util.Map;

/** A recipe holds its ingredients by name; each ingredient lists the recipes that use it. */
public class Recipe {
    long id;
    final String title;

    @ManyToManyRel(secondary = "recipe_ingredient", backPopulates = "recipes", key = "name")
    Map<String, Ingredient> ingredients = new LinkedHashMap<>();

    public Recipe(long id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
