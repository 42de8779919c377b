package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.IdFinder;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The rules about association tables: their names and columns, and the ids of the classes they link. */
final class TableRules {
    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    /** Words that standard SQL (and H2, PostgreSQL, MySQL) reserve, which an unquoted name cannot be. */
    private static final Set<String> RESERVED = Set.of(
            "all", "and", "any", "array", "as", "asc", "between", "both", "by", "case", "check", "column",
            "constraint", "create", "cross", "current_date", "current_time", "current_timestamp", "current_user",
            "default", "delete", "desc", "distinct", "drop", "else", "end", "except", "exists", "false", "fetch",
            "for", "foreign", "from", "full", "group", "having", "if", "in", "inner", "insert", "intersect",
            "interval", "into", "is", "join", "key", "leading", "left", "like", "limit", "minus", "natural",
            "not", "null", "offset", "on", "or", "order", "primary", "references", "right", "row", "rows",
            "select", "set", "some", "table", "then", "to", "trailing", "true", "union", "unique", "update",
            "user", "using", "value", "values", "when", "where", "with");

    private final IdFinder ids;
    private final Visibility visibility;
    private final Diagnostics diagnostics;

    TableRules(IdFinder ids, Visibility visibility, Diagnostics diagnostics) {
        this.ids = ids;
        this.visibility = visibility;
        this.diagnostics = diagnostics;
    }

    /**
     * A many-to-many to store in its association table.
     *
     * @param link what the declaration that plans it declares
     * @param relationship the model, seen from the declaration's end
     */
    record Planned(Link link, Relationship relationship) {
    }

    /** Checks every table; reports each problem on the declaration and returns the tables without one. */
    List<LinkTableClass> check(List<Planned> planned) {
        Map<String, Planned> byName = new HashMap<>();
        List<LinkTableClass> tables = new ArrayList<>();
        for (Planned plan : planned) {
            Declaration declaration = plan.link().declaration();
            Declaration.Table table = declaration.table();
            Planned first = byName.putIfAbsent(table.secondary().toLowerCase(Locale.ROOT), plan);
            if (first != null) {
                error(declaration, "secondary", Message.TABLE_SHARED, Shapes.display(declaration.field()),
                        table.secondary(), Shapes.display(first.link().declaration().field()));
                continue;
            }
            LinkTableClass checked = check(plan);
            if (checked != null) {
                tables.add(checked);
            }
        }
        return tables;
    }

    private LinkTableClass check(Planned plan) {
        Declaration declaration = plan.link().declaration();
        Declaration.Table table = declaration.table();
        boolean fits = sqlName(declaration, "secondary", table.secondary())
                & sqlName(declaration, "leftColumn", table.leftColumn())
                & sqlName(declaration, "rightColumn", table.rightColumn());
        if (fits && table.leftColumn().equalsIgnoreCase(table.rightColumn())) {
            error(declaration, "rightColumn", Message.SAME_COLUMNS, Shapes.display(declaration.field()),
                    table.leftColumn());
            fits = false;
        }
        Link link = plan.link();
        boolean declaredLeft = isLeft(link);
        TypeElement leftOwner = declaredLeft ? link.end().owner() : link.inverse().owner();
        // a one-way many-to-many has no right end: its right class is the declared end's target
        TypeElement rightOwner = !declaredLeft ? link.end().owner()
                : link.inverse() != null ? link.inverse().owner() : link.end().target();
        String pkg = visibility.packageOf(leftOwner);
        LinkTableClass.Entity left = entity(declaration, leftOwner, pkg, table.secondary());
        LinkTableClass.Entity right = entity(declaration, rightOwner, pkg, table.secondary());
        if (!fits || left == null || right == null) {
            diagnostics.poison(declaration.declaringType());
            return null;
        }
        Relationship fromLeft = declaredLeft ? plan.relationship() : plan.relationship().reversed();
        return new LinkTableClass(LinkTableClass.nameFor(pkg, table.secondary()), table.secondary(),
                table.leftColumn(), table.rightColumn(), left, right, fromLeft);
    }

    /**
     * Which end is left: the declaring end of a backref; of a backPopulates pair, the end whose field
     * name comes first ({@code children} before {@code parents}), then whose class name does.
     */
    private static boolean isLeft(Link link) {
        if (!link.isBackPopulates()) {
            return true;
        }
        String mine = link.end().field().getSimpleName() + "#" + link.end().owner().getQualifiedName();
        String theirs = link.inverse().field().getSimpleName() + "#" + link.inverse().owner().getQualifiedName();
        return mine.compareTo(theirs) < 0;
    }

    private LinkTableClass.Entity entity(Declaration declaration, TypeElement owner, String pkg, String table) {
        IdFinder.FoundId id = ids.find(owner, pkg);
        if (id == null) {
            error(declaration, "secondary", Message.NO_ID, Shapes.simpleName(owner), table);
            return null;
        }
        String[] sql = sqlType(id.type());
        if (sql == null) {
            error(declaration, "secondary", Message.UNSUPPORTED_ID, id.element().getSimpleName(),
                    Shapes.simpleName(owner), Shapes.readable(id.type()), table);
            return null;
        }
        String declared = IdFinder.declaredTable(owner);
        boolean known = declared != null && SQL_NAME.matcher(declared).matches()
                && !RESERVED.contains(declared.toLowerCase(Locale.ROOT));
        String ownTable = known ? declared : snakeCase(owner.getSimpleName().toString());
        return new LinkTableClass.Entity(ClassName.get(owner), ownTable, known,
                new LinkTableClass.Id(id.field(), id.getter(), ClassName.bestGuess(sql[0]), sql[1], id.column()));
    }

    /** The boxed class and SQL type of a supported id type, or null. */
    private static String[] sqlType(TypeMirror type) {
        if (type.getKind() == TypeKind.INT) {
            return new String[] {"java.lang.Integer", "INTEGER"};
        }
        if (type.getKind() == TypeKind.LONG) {
            return new String[] {"java.lang.Long", "BIGINT"};
        }
        return switch (TypeName.get(type).toString()) {
            case "java.lang.Integer" -> new String[] {"java.lang.Integer", "INTEGER"};
            case "java.lang.Long" -> new String[] {"java.lang.Long", "BIGINT"};
            case "java.lang.String" -> new String[] {"java.lang.String", "VARCHAR(255)"};
            case "java.util.UUID" -> new String[] {"java.util.UUID", "UUID"};
            default -> null;
        };
    }

    private boolean sqlName(Declaration declaration, String attribute, String name) {
        String problem = !SQL_NAME.matcher(name).matches()
                ? "use letters, digits and underscores, starting with a letter or underscore, at most 128"
                : RESERVED.contains(name.toLowerCase(Locale.ROOT))
                        ? "it is a reserved word of SQL, so choose another name"
                        : null;
        if (problem != null) {
            error(declaration, attribute, Message.SQL_NAME, attribute, name, problem);
            return false;
        }
        return true;
    }

    /** {@code OrderLine} → {@code order_line}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0
                    && (Character.isLowerCase(name.charAt(i - 1))
                            || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))))) {
                out.append('_');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private void error(Declaration declaration, String attribute, Message message, Object... args) {
        diagnostics.error(declaration.field(), declaration.mirror(), declaration.value(attribute), message, args);
    }
}
