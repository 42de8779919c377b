package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.AssociationDeclaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.ColumnDeclaration;
import dev.relate.processor.read.IdFinder;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.Visibility;
import dev.relate.runtime.JdbcTable;
import dev.relate.runtime.TableColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** The rules about the table of an association class: its names, the ids, and a column per extra field. */
final class AssociationTableRules {
    /** The precision of a BigDecimal column whose Column annotation gives only a scale. */
    private static final int DEFAULT_PRECISION = 38;
    /** The scale of a BigDecimal column whose Column annotation gives neither precision nor scale. */
    private static final int DEFAULT_SCALE = 10;
    /**
     * The type of a BigDecimal column without precision and scale: 28 digits before the point and 10
     * after. Values come back with 10 decimals (9.99 as 9.9900000000): compare them with compareTo,
     * or give the field's Column annotation the scale it needs.
     */
    static final String DEFAULT_NUMERIC = "NUMERIC(" + DEFAULT_PRECISION + ", " + DEFAULT_SCALE + ")";
    /** The largest precision PostgreSQL takes (H2 takes more). */
    private static final int MAX_PRECISION = 1000;

    /**
     * The SQL type of an extra field's column.
     *
     * @param sql the column's type
     * @param getter the ResultSet getter of a primitive, null for a class
     */
    private record SqlType(String sql, String getter) {
    }

    /** An attribute of {@code @AssociationObject} that names something in SQL, with its value. */
    private record SqlName(String attribute, String value) {
    }

    /**
     * The precision of every time column, {@code (6)}: written out, since H2's {@code TIME} keeps no
     * fraction of a second by default; saveLinks refuses a value with a finer fraction.
     */
    private static final String TIME_PRECISION = "(" + TableColumn.TIME_PRECISION + ")";

    /** SQL types of the extra fields relate stores, with the ResultSet getter of the primitives. */
    private static final Map<String, SqlType> COLUMN_TYPES = Map.ofEntries(
            Map.entry("int", new SqlType("INTEGER", "getInt")),
            Map.entry("long", new SqlType("BIGINT", "getLong")),
            Map.entry("short", new SqlType("SMALLINT", "getShort")),
            Map.entry("double", new SqlType("DOUBLE PRECISION", "getDouble")),
            Map.entry("float", new SqlType("REAL", "getFloat")),
            Map.entry("boolean", new SqlType("BOOLEAN", "getBoolean")),
            Map.entry("java.lang.Integer", new SqlType("INTEGER", null)),
            Map.entry("java.lang.Long", new SqlType("BIGINT", null)),
            Map.entry("java.lang.Short", new SqlType("SMALLINT", null)),
            Map.entry("java.lang.Double", new SqlType("DOUBLE PRECISION", null)),
            Map.entry("java.lang.Float", new SqlType("REAL", null)),
            Map.entry("java.lang.Boolean", new SqlType("BOOLEAN", null)),
            Map.entry("java.lang.String", new SqlType("VARCHAR(" + JdbcTable.VARCHAR_LENGTH + ")", null)),
            Map.entry("java.math.BigDecimal", new SqlType(DEFAULT_NUMERIC, null)),
            Map.entry("java.util.UUID", new SqlType("UUID", null)),
            Map.entry("java.time.LocalDate", new SqlType("DATE", null)),
            Map.entry("java.time.LocalTime", new SqlType("TIME" + TIME_PRECISION, null)),
            Map.entry("java.time.LocalDateTime", new SqlType("TIMESTAMP" + TIME_PRECISION, null)),
            Map.entry("java.time.OffsetDateTime", new SqlType("TIMESTAMP" + TIME_PRECISION + " WITH TIME ZONE", null)));

    private final Elements elements;
    private final TableRules tableRules;
    private final AccessFinder accessFinder;
    private final DeclarationReader declarations;
    private final Visibility visibility;
    private final Diagnostics diagnostics;

    AssociationTableRules(Elements elements, TableRules tableRules, AccessFinder accessFinder,
            DeclarationReader declarations, Visibility visibility, Diagnostics diagnostics) {
        this.elements = elements;
        this.tableRules = tableRules;
        this.accessFinder = accessFinder;
        this.declarations = declarations;
        this.visibility = visibility;
        this.diagnostics = diagnostics;
    }

    /**
     * @param declaration the association class, read
     * @param association its checked model
     * @return its table, or null when it names none or after reporting its problems
     */
    AssociationTableClass check(AssociationDeclaration declaration, AssociationClass association) {
        if (!declaration.namesTable()) {
            return null;
        }
        TypeElement type = declaration.type();
        AnnotationMirror mirror = declaration.mirror();
        String table = declaration.table();
        String leftColumn = declaration.leftColumn();
        String rightColumn = declaration.rightColumn();
        boolean fits = true;
        for (SqlName name : List.of(new SqlName("table", table), new SqlName("leftColumn", leftColumn),
                new SqlName("rightColumn", rightColumn))) {
            TableRules.NameProblem problem = name.attribute().equals("table")
                    ? TableRules.tableNameProblem(name.attribute(), name.value())
                    : TableRules.nameProblem(name.attribute(), name.value());
            if (problem != null) {
                diagnostics.error(type, mirror, declaration.value(name.attribute()), problem.message(), problem.args());
                fits = false;
            }
        }
        if (!fits) {
            return poisoned(type, association);
        }
        String pkg = visibility.packageOf(type);
        ClassName name = LinkTableClass.nameFor(pkg, TableRules.TableName.of(table).table());
        TableRules.Report report = (message, args) -> diagnostics.error(type, mirror, declaration.value("table"),
                message, args);
        TypeElement leftType = elements.getTypeElement(association.leftType().canonicalName());
        TypeElement rightType = elements.getTypeElement(association.rightType().canonicalName());
        LinkTableClass.Entity left = tableRules.entity(report, leftType, pkg, name, table);
        LinkTableClass.Entity right = tableRules.entity(report, rightType, pkg, name, table);
        if (left == null || right == null) {
            return poisoned(type, association);
        }
        if (!association.creatable()) {
            diagnostics.error(type, mirror, declaration.value("table"), AssociationRules.notCreatable(association),
                    DisplayNames.simpleName(type), table);
            return poisoned(type, association);
        }
        List<AssociationTableClass.Column> extras = new ArrayList<>();
        List<String> columns = new ArrayList<>(List.of(leftColumn.toLowerCase(Locale.ROOT),
                rightColumn.toLowerCase(Locale.ROOT)));
        for (VariableElement field : Members.fieldOrder(type)) {
            String fieldName = field.getSimpleName().toString();
            boolean end = fieldName.equals(association.left().end().field())
                    || fieldName.equals(association.right().end().field());
            if (end || field.getModifiers().contains(Modifier.STATIC)
                    || field.getModifiers().contains(Modifier.TRANSIENT)
                    || !declarations.declarationsOn(field).isEmpty()) {
                continue;
            }
            AssociationTableClass.Column column = column(type, field, pkg, table);
            if (column == null) {
                fits = false;
            } else if (columns.contains(column.column().toLowerCase(Locale.ROOT))) {
                diagnostics.error(field, Message.COLUMN_TWICE, DisplayNames.display(field), column.column(), table);
                fits = false;
            } else {
                columns.add(column.column().toLowerCase(Locale.ROOT));
                extras.add(column);
            }
        }
        if (!fits) {
            return poisoned(type, association);
        }
        return new AssociationTableClass(name, table, leftColumn, rightColumn, left, right, association,
                List.copyOf(extras));
    }

    /** The column of one extra field, or null after reporting why the table cannot store it. */
    private AssociationTableClass.Column column(TypeElement type, VariableElement field, String pkg, String table) {
        TypeMirror fieldType = field.asType();
        String key = fieldType.getKind().isPrimitive() ? fieldType.getKind().name().toLowerCase(Locale.ROOT)
                : fieldType.getKind() == TypeKind.DECLARED ? TypeName.get(fieldType).toString() : "";
        SqlType sql = COLUMN_TYPES.get(key);
        if (sql == null) {
            diagnostics.error(field, Message.UNSUPPORTED_COLUMN, DisplayNames.display(field),
                    DisplayNames.readable(fieldType),
                    table);
            return null;
        }
        ColumnDeclaration declared = ColumnDeclaration.on(field);
        String column = declared == null ? null : declared.name();
        TableRules.NameProblem problem;
        if (column != null) {
            // a name given with @Column(name = ...) is reported there
            problem = TableRules.nameProblem(Message.Part.COLUMN_NAME_OF.format(DisplayNames.display(field)), column);
            if (problem != null) {
                diagnostics.error(field, declared.mirror(), declared.value("name"), problem.message(), problem.args());
                return null;
            }
        } else {
            // the name made from the field's name is reported on the field
            column = TableRules.snakeCase(field.getSimpleName().toString());
            problem = TableRules.nameProblem(Message.Part.COLUMN_OF.format(DisplayNames.display(field)), column);
            if (problem != null) {
                diagnostics.error(field, problem.message(), problem.args());
                return null;
            }
        }
        AssociationTableClass.Limits limits = AssociationTableClass.Limits.NONE;
        String sqlType = sql.sql();
        if (key.equals("java.math.BigDecimal")) {
            limits = numericLimits(field, declared, table);
            if (limits == null) {
                return null;
            }
            sqlType = "NUMERIC(" + limits.precision() + ", " + limits.scale() + ")";
        } else if (key.equals("java.lang.String")) {
            int length = declared == null ? 0 : declared.length();
            limits = new AssociationTableClass.Limits(length > 0 ? length : JdbcTable.VARCHAR_LENGTH, 0, 0);
            sqlType = "VARCHAR(" + limits.length() + ")";
        }
        AccessFinder.Found found = accessFinder.find(field, type, Set.of(pkg), true);
        if (found.access() == null || !found.access().writable()) {
            String readable = DisplayNames.readable(fieldType);
            String fix = found.access() != null && found.access().readsField() ? Message.Part.REMOVE_FINAL.format()
                    : "both".equals(found.missing())
                            ? Message.Part.ADD_GETTER_AND_SETTER.format(found.getter(), found.setter(), readable)
                    : "getter".equals(found.missing()) ? Message.Part.ADD_GETTER.format(found.getter())
                    : Message.Part.ADD_SETTER.format(found.setter(), readable);
            diagnostics.error(field, Message.COLUMN_NOT_WRITABLE, DisplayNames.display(field), table, fix);
            return null;
        }
        Access access = found.access();
        return new AssociationTableClass.Column(column, sqlType, TypeName.get(fieldType), access, sql.getter(), limits);
    }

    /**
     * The precision and scale of a BigDecimal field's {@code NUMERIC} column, from an annotation named
     * Column (such as jakarta.persistence.Column), where 0 means not given as in JPA; without either,
     * {@value #DEFAULT_NUMERIC}. Null after reporting values no database takes.
     */
    private AssociationTableClass.Limits numericLimits(VariableElement field, ColumnDeclaration column,
            String table) {
        int precision = column == null ? 0 : column.precision();
        int scale = column == null ? 0 : column.scale();
        if (precision == 0 && scale == 0) {
            return new AssociationTableClass.Limits(0, DEFAULT_PRECISION, DEFAULT_SCALE);
        }
        int effective = precision == 0 ? DEFAULT_PRECISION : precision;
        if (precision < 0 || precision > MAX_PRECISION || scale < 0 || scale > effective) {
            AnnotationValue value = column.value(precision < 0 || precision > MAX_PRECISION ? "precision" : "scale");
            diagnostics.error(field, column.mirror(), value, Message.COLUMN_PRECISION, DisplayNames.display(field),
                    precision, scale, table, MAX_PRECISION);
            return null;
        }
        return new AssociationTableClass.Limits(0, effective, scale);
    }

    /** A table error stops the helpers of every class of the association, as an error in an end does. */
    private AssociationTableClass poisoned(TypeElement type, AssociationClass association) {
        diagnostics.poison(type);
        diagnostics.poison(elements.getTypeElement(association.leftType().canonicalName()));
        diagnostics.poison(elements.getTypeElement(association.rightType().canonicalName()));
        return null;
    }
}
