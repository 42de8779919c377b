package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The generated class of an association class's table: a row per association, with the left id,
 * the right id and the extra data.
 *
 * @param name the generated class
 * @param table the table's name
 * @param leftColumn the column of left ids
 * @param rightColumn the column of right ids
 * @param left the left entity
 * @param right the right entity
 * @param association the association class
 * @param extras the columns of the extra data, in field order
 */
public record AssociationTableClass(
        ClassName name, String table, String leftColumn, String rightColumn, LinkTableClass.Entity left,
        LinkTableClass.Entity right, AssociationClass association, List<Column> extras) {

    /**
     * A column of extra data.
     *
     * @param column the column's name
     * @param sqlType its SQL type
     * @param type the field's type
     * @param access how to read and write the field
     * @param getter the {@code ResultSet} getter for a primitive ({@code getInt}), or null to use
     *     {@code getObject(index, Type.class)}
     * @param limits what values the column holds as they are, for saving to check
     */
    public record Column(String column, String sqlType, TypeName type, Access access, String getter,
            Limits limits) {
    }

    /**
     * The limits of a {@code VARCHAR(length)} or {@code NUMERIC(precision, scale)} column; 0 where
     * there is none.
     */
    public record Limits(int length, int precision, int scale) {
        /** A column whose Java type fits it. */
        public static final Limits NONE = new Limits(0, 0, 0);
    }
}
