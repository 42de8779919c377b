package dev.relate.processor.check;

import dev.relate.processor.model.CollectionKind;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.Shape;
import java.util.Locale;
import javax.lang.model.element.AnnotationValue;

/**
 * The rules about {@code orderColumn = "tag_order"} on a {@code @ManyToManyRel} (or a JPA
 * {@code @OrderColumn} beside it): only a {@code List} end, of a relationship whose association
 * table relate writes, stores its order, in a column whose name SQL takes and that no other column
 * of the table has. A JPA mapping alone is left to the JPA provider, which stores its own order
 * column: relate writes no table for it, and keeps the list's order in memory as it does for every
 * list.
 */
final class OrderColumnRule {
    private final Diagnostics diagnostics;

    OrderColumnRule(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @return whether the link may store its order as declared; false after reporting why not */
    boolean check(Link link) {
        Declaration declaration = link.declaration();
        if (declaration.isJpa()) {
            return true;
        }
        AnnotationValue value = declaration.value("orderColumn");
        Declaration.Table table = declaration.table();
        String column = table != null ? table.orderColumn()
                : value != null && value.getValue() instanceof String text ? text.strip() : "";
        if (column.isEmpty()) {
            return true;
        }
        String end = DisplayNames.display(declaration.field());
        if (table == null) {
            error(declaration, value, Message.ORDER_COLUMN_NO_TABLE, end, column);
            return false;
        }
        if (!(link.end().shape() instanceof Shape.Many many) || many.kind() != CollectionKind.LIST) {
            String type = DisplayNames.readable(declaration.field().asType());
            error(declaration, value, Message.ORDER_COLUMN_NOT_LIST, end, column, type);
            return false;
        }
        TableRules.NameProblem problem = TableRules.nameProblem("orderColumn", column);
        if (problem != null) {
            error(declaration, value, problem.message(), problem.args());
            return false;
        }
        String[][] others = {
            {table.leftColumn(), Message.Part.ORDER_CLASH_ID.format(table.leftColumn())},
            {table.rightColumn(), Message.Part.ORDER_CLASH_ID.format(table.rightColumn())},
            {table.inverseOrderColumn(), Message.Part.ORDER_CLASH_OTHER.format(table.inverseOrderColumn())},
        };
        for (String[] other : others) {
            if (other[0].toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                error(declaration, value, Message.ORDER_COLUMN_CLASH, column, end, other[1], table.secondary(),
                        other[0].equals(column) ? "" : Message.Part.CASE_INSENSITIVE.format());
                return false;
            }
        }
        return true;
    }

    private void error(Declaration declaration, AnnotationValue value, Message message, Object... args) {
        diagnostics.error(declaration.site(), declaration.mirror(), value, message, args);
    }
}
