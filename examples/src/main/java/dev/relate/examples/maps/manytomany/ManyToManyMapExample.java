package dev.relate.examples.maps.manytomany;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * A many-to-many map end: {@code @ManyToManyRel(key = "name")} on a {@code Map<String, Ingredient>}
 * holds each ingredient of a recipe under its name, and each ingredient's {@code recipes} list
 * follows. Putting an ingredient under a name another one holds unlinks that one from both sides;
 * adding from the list side puts it in the map too; the association table stores the pairs as for
 * any many-to-many, since the key is the ingredient's own attribute.
 */
public final class ManyToManyMapExample {
    private ManyToManyMapExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Map-keyed many-to-many ==");
        Recipe pancakes = new Recipe(1, "pancakes");
        Recipe bread = new Recipe(2, "bread");
        Ingredient wheat = new Ingredient(10, "flour", "wheat");
        Ingredient milk = new Ingredient(11, "milk", "cow");
        RecipeRelations.addToIngredients(pancakes, wheat);
        RecipeRelations.ingredients(pancakes).put("milk", milk);
        IngredientRelations.addToRecipes(wheat, bread);
        out.println("addToIngredients, put(\"milk\"), addToRecipes -> pancakes " + pancakes.ingredients + ", bread "
                + bread.ingredients + ", flour in " + wheat.recipes);

        Ingredient spelt = new Ingredient(12, "flour", "spelt");
        RecipeRelations.ingredients(bread).put("flour", spelt);
        out.println("ingredients(bread).put(\"flour\", spelt)      -> bread " + bread.ingredients + ", wheat in "
                + wheat.recipes + ", spelt in " + spelt.recipes);

        IngredientRelations.recipes(spelt).add(pancakes);
        out.println("recipes(spelt).add(pancakes)                -> pancakes " + pancakes.ingredients + ", wheat in "
                + wheat.recipes);

        milk.name = "oat milk";
        RecipeRelations.rekeyInIngredients(pancakes, milk);
        out.println("milk.name = \"oat milk\", rekeyInIngredients  -> pancakes " + pancakes.ingredients);

        RecipeRelations.ingredients(pancakes).values().remove(milk);
        out.println("ingredients(pancakes).values().remove(milk) -> pancakes " + pancakes.ingredients + ", milk in "
                + milk.recipes);

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_map_many_to_many")) {
            RecipeIngredientTable.createTable(connection);
            int rows = RecipeIngredientTable.saveLinks(connection, Arrays.asList(pancakes, bread));
            List<Recipe> recipes = Arrays.asList(new Recipe(1, "pancakes"), new Recipe(2, "bread"));
            List<Ingredient> ingredients = Arrays.asList(new Ingredient(10, "flour", "wheat"),
                    new Ingredient(12, "flour", "spelt"), new Ingredient(11, "milk", "cow"));
            int links = RecipeIngredientTable.loadLinks(connection, recipes, ingredients);
            out.println("saved " + rows + " rows in " + RecipeIngredientTable.NAME + ", loaded " + links
                    + " links         -> pancakes " + recipes.get(0).ingredients + ", bread "
                    + recipes.get(1).ingredients);
        }
    }
}
