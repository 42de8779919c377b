package dev.relate.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.FileOptions;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.RelationsClass;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of a table, a many-to-many's association table or an association class's table:
 * constants that describe it, and static methods that create it and store and load its rows over
 * JDBC through a nested subclass of the runtime's {@code LinkTable} or {@code AssociationObjectTable}.
 * The two kinds are written by one path; what differs is a {@link Shape}. Pure.
 */
public final class TableWriter {
    private static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
    private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    private static final ClassName RESULT_SET = ClassName.get("java.sql", "ResultSet");
    private static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

    private final ClassName generatedAnnotation;

    /** @param generatedAnnotation the {@code @Generated} annotation to use, or null where none is available */
    public TableWriter(ClassName generatedAnnotation) {
        this.generatedAnnotation = generatedAnnotation;
    }

    /**
     * What one kind of table class has of its own; everything else is written alike.
     *
     * @param table the generated class, with the table's name, columns and entities
     * @param leftEnd the end on the left class that holds what a row stores: linked objects or associations
     * @param rightEnd its counterpart on the right class, or null where there is none
     * @param leftParameter the name of a parameter that holds a left object
     * @param rightParameter the name of a parameter that holds a right object
     * @param javadoc the class comment
     * @param saveJavadoc the comment of {@code saveLinks} before its tags: a format whose one
     *     argument, {@code $N}, is the parameter of the left objects
     * @param loadJavadoc the comment of {@code loadLinks}
     * @param extraColumns the extra columns of {@code CREATE_SQL}, each a name and a type
     * @param columns the runtime's description of the extra columns, or null where the runtime takes none
     * @param superclass the runtime class the nested {@code Rows} extends
     * @param hooks what {@code Rows} implements besides the ids
     * @param saveLinks the runtime's {@code saveLinks} for this kind
     * @param loadLinks the runtime's {@code loadLinks} for this kind
     */
    private record Shape(Table table, End leftEnd, End rightEnd, String leftParameter, String rightParameter,
            CodeBlock javadoc, String saveJavadoc, CodeBlock loadJavadoc, List<String> extraColumns, CodeBlock columns,
            TypeName superclass, List<MethodSpec> hooks, RuntimeHooks saveLinks, RuntimeHooks loadLinks) {
    }

    /** What both model classes of a table say about it. */
    private record Table(ClassName name, String table, String leftColumn, String rightColumn,
            LinkTableClass.Entity left, LinkTableClass.Entity right, String leftOrderColumn, String rightOrderColumn) {
    }

    /**
     * @param table what to write
     * @param originatingElement the left class, recorded for incremental builds
     * @param options what the file must do to compile cleanly in the left class's package
     */
    public JavaFile write(LinkTableClass table, Element originatingElement, FileOptions options) {
        return write(table, originatingElement, options, new Reached());
    }

    /** As {@link #write(LinkTableClass, Element, FileOptions)}, collecting what the class reaches by name. */
    public JavaFile write(LinkTableClass table, Element originatingElement, FileOptions options, Reached reached) {
        FieldCode fields = new FieldCode(reached);
        return write(linkTable(table, fields), fields, originatingElement, options);
    }

    /**
     * @param table what to write
     * @param relations the generated class of the association class, which declares the object
     *     that loading orders kept positions through; null where there is none
     * @param originatingElement the association class, recorded for incremental builds
     * @param options what the file must do to compile cleanly in the association class's package
     */
    public JavaFile write(AssociationTableClass table, RelationsClass relations, Element originatingElement,
            FileOptions options) {
        return write(table, relations, originatingElement, options, new Reached());
    }

    /**
     * As {@link #write(AssociationTableClass, RelationsClass, Element, FileOptions)}, collecting what the
     * class reaches by name.
     */
    public JavaFile write(AssociationTableClass table, RelationsClass relations, Element originatingElement,
            FileOptions options, Reached reached) {
        FieldCode fields = new FieldCode(reached);
        return write(associationTable(table, relations, fields), fields, originatingElement, options);
    }

    /** A many-to-many's table: a row links a left object to a right one. */
    private static Shape linkTable(LinkTableClass model, FieldCode fields) {
        Table table = new Table(model.name(), model.table(), model.leftColumn(), model.rightColumn(), model.left(),
                model.right(), model.leftOrderColumn(), model.rightOrderColumn());
        LinkTableClass.Entity left = model.left();
        LinkTableClass.Entity right = model.right();
        End leftEnd = model.relationship().end();
        End rightEnd = model.relationship().inverse();
        EndClassWriter.Params params = EndClassWriter.Params.of(left.type(), right.type());
        CodeBlock javadoc = CodeBlock.of("The association table {@code $L} of {@code $L}$L:\n{@code $L} holds the id"
                        + " of $L {@link $T}, {@code $L} the id of $L {@link $T}.\nIt creates the table, saves the"
                        + " links of objects as rows and loads rows back into links,\nover JDBC; the"
                        + " caller owns the connection and its transactions.\n\n"
                        + "<p>{@code saveLinks} replaces the rows of the objects given with their current links as"
                        + " one unit, in the caller's transaction or in one of its own under autocommit; every row"
                        + " is checked first (an object without an id or given twice, two sharing an id), and a"
                        + " failure leaves the table as it was. {@code loadLinks} skips rows naming an object that"
                        + " is not given and links made already: loading twice changes nothing.\n\n"
                        + "<p>Generated by relate from {@code secondary = \"$L\"}; do not edit.\n",
                model.table(), leftEnd.displayName(),
                rightEnd == null ? "" : " and {@code " + rightEnd.displayName() + "}",
                model.leftColumn(), Names.article(left.type().simpleName()), left.type(), model.rightColumn(),
                Names.article(right.type().simpleName()), right.type(), model.table());
        String save = "Replaces the rows of {@code $N} with their current links and returns how many rows it"
                + " inserted.\n";
        CodeBlock load = CodeBlock.of("Links the objects each row names through {@link $T} and returns how many"
                        + " links it made.\n", RelationsClass.nameFor(left.type()));
        String linked = Names.variable(leftEnd.field(), List.of(params.owner()), "linked", "rights");
        List<MethodSpec> hooks = new ArrayList<>(List.of(
                heldBy(RuntimeHooks.LINK_TABLE_RIGHTS_OF, leftEnd, left.type(), params.owner(), linked, right.type(),
                        fields),
                EndClassWriter.hook(RuntimeHooks.LINK_TABLE_LINK)
                        .returns(boolean.class)
                        .addParameter(left.type(), params.owner())
                        .addParameter(right.type(), params.element())
                        .addStatement("return $T.addTo$L($N, $N)", RelationsClass.nameFor(left.type()),
                                Names.capitalize(leftEnd.field()), params.owner(), params.element())
                        .build()));
        List<String> orderColumns = new ArrayList<>();
        CodeBlock columns = null;
        if (model.ordered()) {
            // the order columns, INTEGER and nullable: a row written without one is loaded after those with one
            columns = CodeBlock.of("$L, $L", model.leftOrderColumn().isEmpty() ? "null" : "LEFT_ORDER_COLUMN",
                    model.rightOrderColumn().isEmpty() ? "null" : "RIGHT_ORDER_COLUMN");
            if (!model.leftOrderColumn().isEmpty()) {
                orderColumns.add(model.leftOrderColumn() + " INTEGER");
                hooks.add(list(RuntimeHooks.LINK_TABLE_RIGHT_LIST, leftEnd, left.type(), params.owner(), right.type(),
                        fields));
            }
            if (!model.rightOrderColumn().isEmpty()) {
                orderColumns.add(model.rightOrderColumn() + " INTEGER");
                hooks.add(list(RuntimeHooks.LINK_TABLE_LEFT_LIST, rightEnd, right.type(), params.element(),
                        left.type(), fields));
            }
        }
        return new Shape(table, leftEnd, rightEnd, params.owner(), params.element(), javadoc, save, load,
                orderColumns, columns, ParameterizedTypeName.get(RuntimeTypes.LINK_TABLE, left.type(), right.type()),
                hooks, RuntimeHooks.LINK_TABLE_SAVE_LINKS, RuntimeHooks.LINK_TABLE_LOAD_LINKS);
    }

    /** The runtime's hook for the list an end's field holds, whose order a column stores. */
    private static MethodSpec list(RuntimeHooks hook, End end, TypeName ownerType, String parameter, TypeName element,
            FieldCode fields) {
        return EndClassWriter.hook(hook)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), element))
                .addParameter(ownerType, parameter)
                .addStatement("return $L", fields.read(end, parameter))
                .build();
    }

    /** An association class's table: a row holds an association, extra data included. */
    private static Shape associationTable(AssociationTableClass model, RelationsClass relations, FieldCode fields) {
        Table table = new Table(model.name(), model.table(), model.leftColumn(), model.rightColumn(), model.left(),
                model.right(), "", "");
        AssociationClass association = model.association();
        LinkTableClass.Entity left = model.left();
        LinkTableClass.Entity right = model.right();
        End leftEnd = association.left().inverse();
        Names.Variables params = Names.Variables.of(association);
        List<MethodSpec> positionHooks = savedPositions(model, relations);
        CodeBlock javadoc = CodeBlock.of("The table {@code $L} of the associations {@link $T}, one row each:\n{@code"
                        + " $L} holds the id of $L {@link $T}, {@code $L} the id of $L {@link $T}, and a column\nholds"
                        + " each field of extra data. It creates the table, saves associations as rows and"
                        + " loads\nrows back into linked associations, over JDBC; the caller owns the"
                        + " connection and its\ntransactions.\n\n"
                        + "<p>{@code saveLinks} replaces the rows of the objects given with their current"
                        + " associations, extra data included, as one unit, in the caller's transaction or in one of"
                        + " its own under autocommit; every row is checked first (an object without an id or given"
                        + " twice, two sharing an id), and a failure leaves the table as it was. {@code loadLinks}"
                        + " skips rows naming an object that is not given and two objects associated already:"
                        + " loading twice changes nothing.$L\n\n"
                        + "<p>Generated by relate from {@code @AssociationObject(table = \"$L\")}; do not"
                        + " edit.\n",
                model.table(), association.type(), model.leftColumn(), Names.article(left.type().simpleName()),
                left.type(), model.rightColumn(), Names.article(right.type().simpleName()), right.type(),
                !positionHooks.isEmpty() ? " Each list that keeps positions in a saved column"
                        + " then holds what it gained in the order of the saved positions, renumbered." : "",
                model.table());
        String save = "Replaces the rows of {@code $N} with their current associations and returns how many rows"
                + " it inserted.\n";
        CodeBlock load = CodeBlock.of("Makes $L {@code $L} of each row and links it through {@link $T}; returns"
                        + " how many it made.\n", Names.article(association.type().simpleName()),
                association.type().simpleName(), RelationsClass.nameFor(association.type()));
        List<String> extraColumns = new ArrayList<>();
        CodeBlock.Builder columns = CodeBlock.builder().add("new $T {", ArrayTypeName.of(RuntimeTypes.TABLE_COLUMN));
        CodeBlock.Builder extras = CodeBlock.builder().add("new $T {", ArrayTypeName.of(Object.class));
        MethodSpec.Builder readExtras = EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_READ_EXTRAS)
                .addParameter(association.type(), params.association())
                .addParameter(RESULT_SET, "row")
                .addParameter(int.class, "first")
                .addException(SQL_EXCEPTION);
        for (int i = 0; i < model.extras().size(); i++) {
            AssociationTableClass.Column column = model.extras().get(i);
            extraColumns.add(column.column() + " " + column.sqlType());
            columns.add(i == 0 ? "$L" : ", $L", columnCode(column));
            extras.add(i == 0 ? "$L" : ", $L", fields.read(association.type(), column.access(), params.association()));
            CodeBlock index = i == 0 ? CodeBlock.of("first") : CodeBlock.of("first + $L", i);
            CodeBlock value = column.getter() != null
                    ? CodeBlock.of("row.$N($L)", column.getter(), index)
                    : CodeBlock.of("row.getObject($L, $T.class)", index, rawType(column.type()));
            readExtras.addStatement("$L",
                    fields.write(association.type(), column.access(), params.association(), value));
        }
        String linked = Names.variable(leftEnd.field(), List.of(params.left()), "associations");
        List<MethodSpec> hooks = new ArrayList<>(List.of(
                heldBy(RuntimeHooks.ASSOCIATION_TABLE_ASSOCIATIONS_OF, leftEnd, left.type(), params.left(), linked,
                        association.type(), fields),
                EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_RIGHT_OF)
                        .returns(right.type())
                        .addParameter(association.type(), params.association())
                        .addStatement("return $L", fields.read(association.right().end(), params.association()))
                        .build(),
                EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_CREATE)
                        .returns(association.type())
                        .addStatement("return new $T()", association.type())
                        .build(),
                EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_LINK)
                        .addParameter(left.type(), params.left())
                        .addParameter(right.type(), params.right())
                        .addParameter(association.type(), params.association())
                        .addStatement("$T.$N($N, $N, $N)", RelationsClass.nameFor(association.type()),
                                AssociationMethods.LINK, params.left(), params.right(), params.association())
                        .build(),
                EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_EXTRAS)
                        .returns(ArrayTypeName.of(Object.class))
                        .addParameter(association.type(), params.association())
                        .addStatement("return $L", extras.add("}").build())
                        .build(),
                readExtras.build()));
        hooks.addAll(positionHooks);
        return new Shape(table, leftEnd, association.right().inverse(), params.left(), params.right(), javadoc, save,
                load, extraColumns, columns.add("}").build(), ParameterizedTypeName.get(
                        RuntimeTypes.ASSOCIATION_OBJECT_TABLE, left.type(), association.type(), right.type()), hooks,
                RuntimeHooks.ASSOCIATION_TABLE_SAVE_LINKS, RuntimeHooks.ASSOCIATION_TABLE_LOAD_LINKS);
    }

    /**
     * The hooks that make loading restore the order of a list of associations that keeps positions
     * in a saved column: each returns the associations object; none where no position is saved.
     */
    private static List<MethodSpec> savedPositions(AssociationTableClass model, RelationsClass relations) {
        AssociationClass association = model.association();
        List<MethodSpec> hooks = new ArrayList<>();
        String constant = relations == null ? null : RelationsWriter.associationsConstant(relations, association);
        if (constant == null) {
            return hooks;
        }
        TypeName type = ParameterizedTypeName.get(RuntimeTypes.ASSOCIATIONS, model.left().type(), association.type(),
                model.right().type());
        if (saved(model, association.left().position())) {
            hooks.add(EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_LEFT_POSITIONS)
                    .returns(type)
                    .addStatement("return $T.$N", relations.name(), constant)
                    .build());
        }
        if (saved(model, association.right().position())) {
            hooks.add(EndClassWriter.hook(RuntimeHooks.ASSOCIATION_TABLE_RIGHT_POSITIONS)
                    .returns(type)
                    .addStatement("return $T.$N", relations.name(), constant)
                    .build());
        }
        return hooks;
    }

    /** Whether {@code position}, a kept position field or null, is one of the table's extra columns. */
    private static boolean saved(AssociationTableClass model, Access position) {
        if (position == null) {
            return false;
        }
        for (AssociationTableClass.Column column : model.extras()) {
            if (column.access().field().equals(position.field())) {
                return true;
            }
        }
        return false;
    }

    private JavaFile write(Shape shape, FieldCode fields, Element originatingElement, FileOptions options) {
        Table table = shape.table();
        LinkTableClass.Entity left = table.left();
        LinkTableClass.Entity right = table.right();
        String lefts = Names.variable(shape.rightEnd() != null ? shape.rightEnd().field() : "lefts",
                List.of("connection"), "lefts");
        String rights = Names.variable(shape.leftEnd().field(), List.of("connection", lefts), "rights");
        TypeName leftsType = ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(left.type()));
        TypeName rightsType = ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(right.type()));
        ClassName rows = table.name().nestedClass("Rows");
        CodeBlock.Builder superArguments = CodeBlock.builder().add("NAME, LEFT_COLUMN, RIGHT_COLUMN, ");
        if (shape.columns() != null) {
            superArguments.add("$L, ", shape.columns());
        }
        superArguments.add("CREATE_SQL, $T.class, $T.class", left.id().boxed(), right.id().boxed());

        TypeSpec.Builder type = TypeSpec.classBuilder(table.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(shape.javadoc())
                .addField(Fingerprint.field())
                .addField(constant("NAME", table.table(), "The table's name."))
                .addField(constant("LEFT_COLUMN", table.leftColumn(),
                        "The column holding the id of a {@link " + left.type().simpleName() + "}."))
                .addField(constant("RIGHT_COLUMN", table.rightColumn(),
                        "The column holding the id of a {@link " + right.type().simpleName() + "}."))
                .addFields(orderConstants(table, shape))
                .addField(FieldSpec.builder(String.class, "CREATE_SQL", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The statement that creates the table.\n")
                        .initializer(createSqlLiteral(table, shape.extraColumns()))
                        .build())
                .addField(FieldSpec.builder(rows, "ROWS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", rows)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(entity("leftEntity", "LEFT_COLUMN", left))
                .addMethod(entity("rightEntity", "RIGHT_COLUMN", right))
                .addMethod(idAccessor("leftId", left, shape.leftParameter()))
                .addMethod(idAccessor("rightId", right, shape.rightParameter()))
                .addMethod(MethodSpec.methodBuilder("createTable")
                        .addJavadoc("Creates the table with {@link #CREATE_SQL}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(CONNECTION, "connection")
                        .addException(SQL_EXCEPTION)
                        .addStatement("ROWS.$N(connection)", RuntimeHooks.TABLE_CREATE_TABLE.call())
                        .build())
                .addMethod(MethodSpec.methodBuilder("saveLinks")
                        .addJavadoc(shape.saveJavadoc(), lefts)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(CONNECTION, "connection")
                        .addParameter(leftsType, lefts)
                        .addException(SQL_EXCEPTION)
                        .addStatement("return ROWS.$N(connection, $N)", shape.saveLinks().call(), lefts)
                        .build())
                .addMethod(MethodSpec.methodBuilder("loadLinks")
                        .addJavadoc(shape.loadJavadoc())
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(CONNECTION, "connection")
                        .addParameter(leftsType, lefts)
                        .addParameter(rightsType, rights)
                        .addException(SQL_EXCEPTION)
                        .addStatement("return ROWS.$N(connection, $N, $N)", shape.loadLinks().call(), lefts, rights)
                        .build())
                .addType(TypeSpec.classBuilder(rows.simpleName())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .superclass(shape.superclass())
                        .addMethod(MethodSpec.constructorBuilder()
                                .addStatement("super($L)", superArguments.build())
                                .build())
                        .addMethod(idHook(table.name(), RuntimeHooks.TABLE_LEFT_ID, left, shape.leftParameter()))
                        .addMethod(idHook(table.name(), RuntimeHooks.TABLE_RIGHT_ID, right, shape.rightParameter()))
                        .addMethods(shape.hooks())
                        .build());
        fields.declare(type);
        return FileWriting.file(table.name(), type, generatedAnnotation, originatingElement, options,
                fields.castsToGenericTypes());
    }

    /** The {@code CREATE TABLE} statement, written as one string literal per line. */
    private static CodeBlock createSqlLiteral(Table table, List<String> extras) {
        List<String> lines = createSqlLines(table, extras);
        CodeBlock.Builder literal = CodeBlock.builder().add("$S", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            literal.add("\n        + $S", line);
        }
        return literal.build();
    }

    /**
     * The statement: both id columns, the {@code extras} (column and type), a composite key, foreign
     * keys to declared tables.
     */
    private static List<String> createSqlLines(Table table, List<String> extras) {
        LinkTableClass.Entity left = table.left();
        LinkTableClass.Entity right = table.right();
        List<String> parts = new ArrayList<>();
        parts.add(table.leftColumn() + " " + left.id().sqlType() + " NOT NULL");
        parts.add(table.rightColumn() + " " + right.id().sqlType() + " NOT NULL");
        parts.addAll(extras);
        parts.add("PRIMARY KEY (" + table.leftColumn() + ", " + table.rightColumn() + ")");
        if (left.tableKnown()) {
            parts.add("FOREIGN KEY (" + table.leftColumn() + ") REFERENCES " + left.table() + " ("
                    + left.id().column() + ")");
        }
        if (right.tableKnown()) {
            parts.add("FOREIGN KEY (" + table.rightColumn() + ") REFERENCES " + right.table() + " ("
                    + right.id().column() + ")");
        }
        List<String> lines = new ArrayList<>();
        lines.add("CREATE TABLE " + table.table() + " (");
        for (int i = 0; i < parts.size(); i++) {
            lines.add(parts.get(i) + (i + 1 < parts.size() ? ", " : ")"));
        }
        return lines;
    }

    /** The constants of the order columns, each naming the list whose order it stores. */
    private static List<FieldSpec> orderConstants(Table table, Shape shape) {
        List<FieldSpec> constants = new ArrayList<>();
        if (!table.leftOrderColumn().isEmpty()) {
            constants.add(constant("LEFT_ORDER_COLUMN", table.leftOrderColumn(),
                    "The column holding each link's index in {@code " + shape.leftEnd().displayName() + "}."));
        }
        if (!table.rightOrderColumn().isEmpty()) {
            constants.add(constant("RIGHT_ORDER_COLUMN", table.rightOrderColumn(),
                    "The column holding each link's index in {@code " + shape.rightEnd().displayName() + "}."));
        }
        return constants;
    }

    private static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer("$S", value)
                .build();
    }

    /** The public class of the entities whose ids are in a column. */
    private static MethodSpec entity(String name, String column, LinkTableClass.Entity entity) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("The class whose ids are in {@link #$L}.\n", column)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), entity.type()))
                .addStatement("return $T.class", entity.type())
                .build();
    }

    /** The public reader of an entity's id, as the table stores it. */
    private static MethodSpec idAccessor(String name, LinkTableClass.Entity entity, String parameter) {
        LinkTableClass.Id id = entity.id();
        CodeBlock read = id.getter() == null
                ? CodeBlock.of("$N.$N", parameter, id.field())
                : CodeBlock.of("$N.$N()", parameter, id.getter());
        return MethodSpec.methodBuilder(name)
                .addJavadoc("The id of {@code $N} as the table stores it, read from {@code $L}.\n", parameter,
                        id.getter() == null ? id.field() : id.getter() + "()")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(id.boxed())
                .addParameter(entity.type(), parameter)
                .addStatement("return $L", read)
                .build();
    }

    /** The runtime's hook for an entity's id, calling the public reader. */
    private static MethodSpec idHook(ClassName tableClass, RuntimeHooks hook, LinkTableClass.Entity entity,
            String parameter) {
        String name = hook.override(); // the public reader has the hook's name
        return EndClassWriter.hook(hook)
                .returns(Object.class)
                .addParameter(entity.type(), parameter)
                .addStatement("return $T.$N($N)", tableClass, name, parameter)
                .build();
    }

    /** The runtime's hook for what a left object holds, one row each: an empty list for a null collection. */
    private static MethodSpec heldBy(RuntimeHooks hook, End end, TypeName leftType, String parameter,
            String variable, TypeName held, FieldCode fields) {
        return EndClassWriter.hook(hook)
                .returns(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(held)))
                .addParameter(leftType, parameter)
                .addStatement("$T $N = $L", end.collection().declared(), variable, fields.read(end, parameter))
                .addStatement("return $N == null ? $T.<$T>emptyList() : $N$L", variable, COLLECTIONS, held, variable,
                        end.collection().key() != null ? ".values()" : "") // a map end: its elements
                .build();
    }

    /** The runtime's description of a column: what its values must fit. */
    private static CodeBlock columnCode(AssociationTableClass.Column column) {
        AssociationTableClass.Limits limits = column.limits();
        if (limits.length() > 0) {
            return CodeBlock.of("$T.$N($S, $L)", RuntimeTypes.TABLE_COLUMN, RuntimeHooks.COLUMN_TEXT.call(),
                    column.column(), limits.length());
        }
        if (limits.precision() > 0) {
            return CodeBlock.of("$T.$N($S, $L, $L)", RuntimeTypes.TABLE_COLUMN, RuntimeHooks.COLUMN_DECIMAL.call(),
                    column.column(), limits.precision(), limits.scale());
        }
        return CodeBlock.of("$T.$N($S)", RuntimeTypes.TABLE_COLUMN, RuntimeHooks.COLUMN_OF.call(), column.column());
    }

    private static TypeName rawType(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
    }
}
