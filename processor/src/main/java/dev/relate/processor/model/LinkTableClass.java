package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * One generated association table class, {@code AssociationTable} for {@code secondary = "association"}.
 *
 * @param name the generated class
 * @param table the table's name
 * @param leftColumn the column of left ids
 * @param rightColumn the column of right ids
 * @param left the left entity
 * @param right the right entity
 * @param relationship the many-to-many, seen from the left end
 * @param leftOrderColumn the column of each link's index in the left end's list, empty when none
 * @param rightOrderColumn the column of each link's index in the right end's list, empty when none
 */
public record LinkTableClass(
        ClassName name, String table, String leftColumn, String rightColumn, Entity left, Entity right,
        Relationship relationship, String leftOrderColumn, String rightOrderColumn) {

    /** Whether the table stores the order of either end's lists. */
    public boolean ordered() {
        return !leftOrderColumn.isEmpty() || !rightOrderColumn.isEmpty();
    }

    /** The generated class for a table: {@code node_to_node} gives {@code NodeToNodeTable}. */
    public static ClassName nameFor(String packageName, String table) {
        StringBuilder name = new StringBuilder();
        for (String part : table.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return ClassName.get(packageName, name + "Table");
    }

    /**
     * A class whose objects the table links.
     *
     * @param type the class
     * @param table its own table's name
     * @param tableKnown whether the name was declared (an {@code @Table(name = ...)}), so that a
     *     foreign key can reference it
     * @param id how to read its id
     */
    public record Entity(ClassName type, String table, boolean tableKnown, Id id) {
    }

    /**
     * An entity's id.
     *
     * @param field the id field, or null when read through {@code getter}
     * @param getter the getter, or null when the field is read directly
     * @param boxed the id's class as JDBC returns it, {@code Long} for {@code long}
     * @param sqlType the column type, {@code BIGINT}
     * @param column the id's column in the entity's own table
     */
    public record Id(String field, String getter, TypeName boxed, String sqlType, String column) {
    }
}
