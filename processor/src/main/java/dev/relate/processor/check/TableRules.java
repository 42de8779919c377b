package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.IdFinder;
import dev.relate.processor.read.LeftEnd;
import dev.relate.processor.read.TableQualifiers;
import dev.relate.processor.read.Visibility;
import dev.relate.runtime.JdbcTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The rules about association tables: their names and columns, and the ids of the classes they link. */
final class TableRules {
    /**
     * The longest name, in characters, of a table or column: PostgreSQL keeps only the first 63 of a
     * longer name, so two names that differ after that would name one table or column there.
     */
    static final int MAX_NAME = 63;
    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /**
     * Words that standard SQL, H2 (which relate's tests use) and PostgreSQL reserve, which an unquoted
     * name cannot be. MySQL reserves more, such as {@code index} and {@code rank}.
     */
    private static final Set<String> RESERVED = Set.of(
            "_rowid_", "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "binary", "both", "by", "case", "cast", "check", "collate", "collation", "column",
            "concurrently", "constraint", "create", "cross", "current_catalog", "current_date", "current_path",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "day", "default",
            "deferrable", "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists", "false",
            "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having", "hour", "if", "ilike",
            "in", "initially", "inner", "insert", "intersect", "interval", "into", "is", "isnull", "join", "key",
            "lateral", "leading", "left", "like", "limit", "localtime", "localtimestamp", "minus", "minute", "month",
            "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer", "overlaps", "placing",
            "primary", "qualify", "references", "returning", "right", "row", "rownum", "rows", "second", "select",
            "session_user", "set", "similar", "some", "symmetric", "system_user", "table", "tablesample", "then", "to",
            "trailing", "true", "uescape", "union", "unique", "unknown", "update", "user", "using", "value", "values",
            "variadic", "verbose", "when", "where", "window", "with", "year");

    private final IdFinder ids;
    private final Visibility visibility;
    private final Diagnostics diagnostics;

    TableRules(IdFinder ids, Visibility visibility, Diagnostics diagnostics) {
        this.ids = ids;
        this.visibility = visibility;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks every table; reports each problem on the declaration and returns the tables without one.
     * A relationship whose table has a problem gets no helpers: the classes of its ends are marked as
     * having errors, as for a problem found in one of its ends.
     */
    List<LinkTableClass> check(List<PlannedTable> planned) {
        Map<String, PlannedTable> byName = new HashMap<>();
        Map<ClassName, PlannedTable> byClass = new HashMap<>();
        List<LinkTableClass> tables = new ArrayList<>();
        for (PlannedTable plan : planned) {
            try {
                LinkTableClass table = check(plan, byName, byClass);
                if (table != null) {
                    tables.add(table);
                }
            } catch (RuntimeException e) {
                VariableElement field = plan.link().declaration().field();
                diagnostics.error(field, Message.UNEXPECTED, DisplayNames.display(field), e);
                poison(plan.link());
            }
        }
        return tables;
    }

    /** Checks one table, and that no table met before has its name or its class; null after errors. */
    private LinkTableClass check(PlannedTable plan, Map<String, PlannedTable> byName,
            Map<ClassName, PlannedTable> byClass) {
        Declaration declaration = plan.link().declaration();
        Declaration.Table table = declaration.table();
        // a name SQL cannot use is reported as such, never as shared with another such name; two tables of
        // one name in two schemas are two tables
        PlannedTable first = tableNameProblem("secondary", table.secondary()) != null ? null
                : byName.putIfAbsent(qualifiedTable(plan.link()).toLowerCase(Locale.ROOT), plan);
        if (first != null) {
            VariableElement firstField = first.link().declaration().field();
            error(declaration, "secondary", Message.TABLE_SHARED,
                    DisplayNames.displayBeside(declaration.field(), firstField),
                    table.secondary(), DisplayNames.displayBeside(firstField, declaration.field()));
            poison(plan.link());
            return null;
        }
        LinkTableClass checked = check(plan);
        if (checked == null) {
            return null;
        }
        // "a_b", "a__b" and "aB" differ as tables, but not as the classes written for them
        PlannedTable clash = byClass.putIfAbsent(checked.name(), plan);
        if (clash != null) {
            Declaration other = clash.link().declaration();
            error(declaration, "secondary", Message.TABLE_CLASS_CLASH, DisplayNames.display(declaration.field()),
                    table.secondary(), checked.name().canonicalName(), other.table().secondary(),
                    DisplayNames.display(other.field()));
            poison(plan.link());
            return null;
        }
        return checked;
    }

    private LinkTableClass check(PlannedTable plan) {
        Declaration declaration = plan.link().declaration();
        Declaration.Table table = declaration.table();
        boolean fits = sqlTableName(declaration, table.secondary())
                & sqlName(declaration, "leftColumn", table.leftColumn())
                & sqlName(declaration, "rightColumn", table.rightColumn());
        // @JoinTable(schema, catalog) beside relate's annotation: the table class names the provider's table
        Link link = plan.link();
        for (TableQualifiers.Part part : joinTableQualifiers(link)) {
            fits &= sqlName(declaration, "secondary", Message.Part.JOIN_TABLE_QUALIFIER.format(part.attribute()),
                    part.name());
        }
        if (fits && table.leftColumn().equalsIgnoreCase(table.rightColumn())) {
            error(declaration, "rightColumn", Message.SAME_COLUMNS, table.leftColumn(), table.rightColumn(),
                    DisplayNames.display(declaration.field()), table.leftColumn().equals(table.rightColumn()) ? ""
                            : Message.Part.CASE_INSENSITIVE.format());
            fits = false;
        }
        boolean declaredLeft = isLeft(link);
        TypeElement leftOwner = declaredLeft ? link.end().owner() : link.inverse().owner();
        // a one-way many-to-many has no right end: its right class is the declared end's target
        TypeElement rightOwner = !declaredLeft ? link.end().owner()
                : link.inverse() != null ? link.inverse().owner() : link.end().target();
        String pkg = visibility.packageOf(leftOwner);
        // only a valid name gives a class name
        ClassName name = tableNameProblem("secondary", table.secondary()) == null
                ? LinkTableClass.nameFor(pkg, TableName.of(table.secondary()).table()) : null;
        Report report = (message, args) -> error(declaration, "secondary", message, args);
        LinkTableClass.Entity left = entity(report, leftOwner, pkg, name, table.secondary());
        LinkTableClass.Entity right = entity(report, rightOwner, pkg, name, table.secondary());
        if (!fits || left == null || right == null) {
            poison(link);
            return null;
        }
        Relationship fromLeft = declaredLeft ? plan.relationship() : plan.relationship().reversed();
        // a one-way end has no other end whose order could be stored
        String inverseOrder = link.inverse() == null ? "" : table.inverseOrderColumn();
        return new LinkTableClass(name, qualifiedTable(link), table.leftColumn(),
                table.rightColumn(), left, right,
                fromLeft, declaredLeft ? table.orderColumn() : inverseOrder,
                declaredLeft ? inverseOrder : table.orderColumn());
    }

    /** The catalog and schema of a JPA {@code @JoinTable} on either end of a many-to-many. */
    private static List<TableQualifiers.Part> joinTableQualifiers(Link link) {
        return TableQualifiers.ofJoinTable(link.inverse() == null ? List.of(link.declaration().field())
                : List.of(link.declaration().field(), link.inverse().field()));
    }

    /**
     * The table's name as SQL has it: {@code secondary} as given when it names a schema
     * ({@code sales.order_item}), else qualified by the schema and catalog of a JPA {@code @JoinTable}.
     */
    private static String qualifiedTable(Link link) {
        TableName name = TableName.of(link.declaration().table().secondary());
        return TableQualifiers.qualified(name.qualifiers().isEmpty() ? joinTableQualifiers(link)
                : name.qualifiers(), name.table());
    }

    /**
     * A table's name as relate's annotations give it, split at its dots: {@code order_item},
     * {@code sales.order_item} or {@code shop.sales.order_item}, the catalog and schema before the
     * table's own name, as JPA's {@code @Table} and {@code @JoinTable} give them apart.
     *
     * @param qualifiers the catalog and schema given, in that order
     * @param table the table's own name, the last part
     */
    record TableName(List<TableQualifiers.Part> qualifiers, String table) {
        private static final List<String> QUALIFIERS = List.of("catalog", "schema");

        /** The parts of a name of at most three parts. */
        static TableName of(String name) {
            String[] parts = name.split("\\.", -1);
            List<TableQualifiers.Part> qualifiers = new ArrayList<>();
            for (int i = 0; i < parts.length - 1; i++) {
                qualifiers.add(new TableQualifiers.Part(QUALIFIERS.get(QUALIFIERS.size() - parts.length + 1 + i),
                        parts[i]));
            }
            return new TableName(List.copyOf(qualifiers), parts[parts.length - 1]);
        }
    }

    /**
     * What is wrong with a table's name as relate's annotations give it, each part of a qualified
     * name checked as a name (and for its length); or null.
     *
     * @param what the attribute that gives the name, as the message shows it
     */
    static NameProblem tableNameProblem(String what, String name) {
        int parts = name.split("\\.", -1).length;
        if (parts == 1) {
            return nameProblem(what, name);
        }
        if (parts > TableName.QUALIFIERS.size() + 1) {
            return new NameProblem(Message.SQL_NAME, what, name, Message.Part.NAME_TOO_MANY_PARTS.format(parts));
        }
        TableName split = TableName.of(name);
        for (TableQualifiers.Part part : split.qualifiers()) {
            NameProblem problem = nameProblem(Message.Part.NAME_PART.format(what, part.attribute()), part.name());
            if (problem != null) {
                return problem;
            }
        }
        return nameProblem(Message.Part.NAME_PART.format(what, "table"), split.table());
    }

    /** Marks the classes of a relationship's ends as having errors, so that none gets its helpers. */
    private void poison(Link link) {
        diagnostics.poison(link.declaration().declaringType());
        diagnostics.poison(link.end().owner());
        if (link.inverse() != null) {
            diagnostics.poison(link.inverse().owner());
        }
    }

    /**
     * Which end is left: the declaring end of a backref; of a backPopulates pair, the end whose field
     * name comes first ({@code children} before {@code parents}), then whose class name does.
     */
    private static boolean isLeft(Link link) {
        return !link.isBackPopulates() || isLeft(link.end(), link.inverse());
    }

    /** Whether {@code end} is the left end of a backPopulates pair with {@code inverse}. */
    static boolean isLeft(ResolvedEnd end, ResolvedEnd inverse) {
        return LeftEnd.isLeft(end.field().getSimpleName().toString(), end.owner().getQualifiedName().toString(),
                inverse.field().getSimpleName().toString(), inverse.owner().getQualifiedName().toString());
    }

    /** Where a table's problems are reported: the declaration or the class that names the table. */
    interface Report {
        void error(Message message, Object... args);
    }

    /** An entity whose id a table stores; null after reporting why it cannot be stored. */
    LinkTableClass.Entity entity(Report report, TypeElement owner, String pkg, ClassName tableClass, String table) {
        IdFinder.FoundId id = ids.find(owner, pkg);
        if (id == null) {
            report.error(Message.NO_ID, DisplayNames.simpleName(owner), table,
                    noIdFix(ids.hidden(owner, pkg), pkg, tableClass));
            return null;
        }
        String[] sql = sqlType(id.type());
        if (sql == null) {
            report.error(Message.UNSUPPORTED_ID, describe(id.element()),
                    DisplayNames.simpleName(owner), DisplayNames.readable(id.type()), table);
            return null;
        }
        String declared = IdFinder.declaredTable(owner);
        List<TableQualifiers.Part> qualifiers = TableQualifiers.ofTable(owner);
        // a foreign key references the entity's table and id column by name: only names SQL takes unquoted
        NameProblem problem = declared == null ? null : tableProblem(qualifiers, declared, id.column());
        boolean known = declared != null && problem == null;
        String ownTable = known ? TableQualifiers.qualified(qualifiers, declared)
                : snakeCase(owner.getSimpleName().toString());
        if (problem != null) {
            // JPA's provider quotes or accepts such a name; relate's SQL would not find the table: say so
            String text = problem.message().format(problem.args());
            diagnostics.warning(owner, Message.NO_FOREIGN_KEY, DisplayNames.simpleName(owner),
                    text.substring(text.indexOf("] ") + 2), tableClass != null ? tableClass.simpleName()
                            : Message.Part.TABLE_CLASS.format(), table);
        }
        return new LinkTableClass.Entity(ClassName.get(owner), ownTable, known,
                new LinkTableClass.Id(id.field(), id.getter(), ClassName.bestGuess(sql[0]), sql[1], id.column()));
    }

    /**
     * What is wrong with the names a foreign key to an entity's table uses: the catalog and schema
     * and name of its {@code @Table}, its id's column; null when SQL takes them all.
     */
    private static NameProblem tableProblem(List<TableQualifiers.Part> qualifiers, String name, String idColumn) {
        for (TableQualifiers.Part part : qualifiers) {
            NameProblem problem = nameProblem(Message.Part.TABLE_ATTRIBUTE.format(part.attribute()), part.name());
            if (problem != null) {
                return problem;
            }
        }
        NameProblem problem = nameProblem(Message.Part.TABLE_ATTRIBUTE.format("name"), name);
        return problem != null ? problem : nameProblem(Message.Part.ID_COLUMN.format(), idColumn);
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
            case "java.lang.String" -> new String[] {"java.lang.String", "VARCHAR(" + JdbcTable.VARCHAR_LENGTH + ")"};
            case "java.util.UUID" -> new String[] {"java.util.UUID", "UUID"};
            default -> null;
        };
    }

    /** How to give a class an id that the table class can read; {@code tableClass} is null when its name is invalid. */
    private String noIdFix(IdFinder.HiddenId hidden, String pkg, ClassName tableClass) {
        if (hidden == null) {
            return Message.Part.NO_ID_FIX.format();
        }
        Object generated = tableClass != null ? tableClass.simpleName() : Message.Part.TABLE_CLASS;
        Message.Part visible = visibility.packageOf(hidden.element()).equals(pkg)
                ? Message.Part.PACKAGE_PRIVATE_OR_PUBLIC : Message.Part.PUBLIC;
        Message.Part reason = hidden.element() instanceof ExecutableElement ? Message.Part.ID_GETTER_HIDDEN
                : hidden.getter() != null ? Message.Part.ID_FIELD_AND_GETTER_HIDDEN
                : Message.Part.ID_FIELD_HIDDEN_NO_GETTER;
        return reason.format(hidden.element().getSimpleName(), pkg, generated, hidden.getterName(), visible);
    }

    /** An id as users write it: the field {@code id}, the getter {@code getId()}. */
    private static String describe(Element element) {
        return (element instanceof ExecutableElement ? Message.Part.GETTER : Message.Part.FIELD)
                .format(element.getSimpleName());
    }

    /** Whether the table's name is one SQL takes, each of its parts; reported at secondary where it is not. */
    private boolean sqlTableName(Declaration declaration, String name) {
        NameProblem problem = tableNameProblem(shown(declaration, "secondary"), name);
        if (problem != null) {
            error(declaration, "secondary", problem.message(), problem.args());
            return false;
        }
        return true;
    }

    private boolean sqlName(Declaration declaration, String attribute, String name) {
        return sqlName(declaration, attribute, shown(declaration, attribute), name);
    }

    /** Whether a name is one SQL takes, reporting it at the attribute where it is not, as {@code what}. */
    private boolean sqlName(Declaration declaration, String attribute, String what, String name) {
        NameProblem problem = nameProblem(what, name);
        if (problem != null) {
            error(declaration, attribute, problem.message(), problem.args());
            return false;
        }
        return true;
    }

    /**
     * The attribute that gives a name, as a message shows it: where relate's annotation names no table,
     * the table and the columns it does not name come from JPA's {@code @JoinTable} beside it.
     */
    private static String shown(Declaration declaration, String attribute) {
        if (declaration.isJpa() || declaration.value("secondary") != null) {
            return attribute;
        }
        if (attribute.equals("secondary")) {
            return Message.Part.JOIN_TABLE_NAME.format();
        }
        boolean columnsNamed = Stream.of("leftColumn", "rightColumn", "joinColumn", "inverseJoinColumn")
                .anyMatch(named -> declaration.value(named) != null);
        return columnsNamed ? attribute : Message.Part.JOIN_TABLE_COLUMN.format();
    }

    /** Why a table or column name cannot be used: a message and its arguments. */
    record NameProblem(Message message, Object... args) {
    }

    /**
     * What is wrong with a table or column name, or null.
     *
     * @param what the attribute that gives the name, or what it names, as the message shows it
     */
    static NameProblem nameProblem(String what, String name) {
        String problem = sqlNameProblem(name);
        if (problem != null) {
            return new NameProblem(Message.SQL_NAME, what, name, problem);
        }
        int length = name.length();
        return length > MAX_NAME ? new NameProblem(Message.NAME_TOO_LONG, what, name, length, MAX_NAME) : null;
    }

    /** What is wrong with the characters of a table or column name, or whether it is reserved; or null. */
    private static String sqlNameProblem(String name) {
        Message.Part rule = Message.Part.SQL_NAME_RULE;
        if (name.isEmpty()) {
            return Message.Part.NAME_EMPTY.format(rule);
        }
        if (!SQL_NAME.matcher(name).matches()) {
            for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
                int c = name.codePointAt(i);
                boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '_';
                if (!allowed) {
                    String shown = c == ' ' ? Message.Part.SPACE.format()
                            : Character.isWhitespace(c) || Character.isISOControl(c) ? Message.Part.CODE_POINT.format(c)
                            : Message.Part.QUOTED.format(new String(Character.toChars(c)));
                    return Message.Part.NAME_CONTAINS.format(shown, rule);
                }
            }
            return Message.Part.NAME_STARTS_WITH_DIGIT.format(rule);
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return Message.Part.NAME_RESERVED.format();
        }
        return null;
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
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.value(attribute), message, args);
    }
}
