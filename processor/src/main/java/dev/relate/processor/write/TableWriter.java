package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relate.processor.model.End;
import dev.relate.processor.model.FileOptions;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.RelationsClass;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of an association table: constants that describe it, and static methods that
 * create it and store and load its rows over JDBC through a nested {@code LinkTable}. Pure.
 */
public final class TableWriter {
    private static final ClassName CONNECTION = ClassName.get("java.sql", "Connection");
    private static final ClassName SQL_EXCEPTION = ClassName.get("java.sql", "SQLException");
    private static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
    private static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");

    private final ClassName generatedAnnotation;

    /** @param generatedAnnotation the {@code @Generated} annotation to use, or null where none is available */
    public TableWriter(ClassName generatedAnnotation) {
        this.generatedAnnotation = generatedAnnotation;
    }

    /** The {@code CREATE TABLE} statement, written as one string literal per line. */
    static CodeBlock createSqlLiteral(LinkTableClass table) {
        return createSqlLiteral(table.table(), table.leftColumn(), table.rightColumn(), table.left(), table.right(),
                List.of());
    }

    /**
     * The {@code CREATE TABLE} statement of a table linking two entities, with {@code extras} (column
     * and type) between the id columns and the keys.
     */
    static CodeBlock createSqlLiteral(String table, String leftColumn, String rightColumn, LinkTableClass.Entity left,
            LinkTableClass.Entity right, List<String> extras) {
        List<String> lines = createSqlLines(table, leftColumn, rightColumn, left, right, extras);
        CodeBlock.Builder literal = CodeBlock.builder().add("$S", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            literal.add("\n        + $S", line);
        }
        return literal.build();
    }

    /** The statement: both id columns, the extra columns, a composite key, foreign keys to declared tables. */
    static List<String> createSqlLines(String table, String leftColumn, String rightColumn, LinkTableClass.Entity left,
            LinkTableClass.Entity right, List<String> extras) {
        List<String> parts = new ArrayList<>();
        parts.add(leftColumn + " " + left.id().sqlType() + " NOT NULL");
        parts.add(rightColumn + " " + right.id().sqlType() + " NOT NULL");
        parts.addAll(extras);
        parts.add("PRIMARY KEY (" + leftColumn + ", " + rightColumn + ")");
        if (left.tableKnown()) {
            parts.add("FOREIGN KEY (" + leftColumn + ") REFERENCES " + left.table() + " (" + left.id().column() + ")");
        }
        if (right.tableKnown()) {
            parts.add("FOREIGN KEY (" + rightColumn + ") REFERENCES " + right.table() + " (" + right.id().column()
                    + ")");
        }
        List<String> lines = new ArrayList<>();
        lines.add("CREATE TABLE " + table + " (");
        for (int i = 0; i < parts.size(); i++) {
            lines.add(parts.get(i) + (i + 1 < parts.size() ? ", " : ")"));
        }
        return lines;
    }

    /**
     * @param table what to write
     * @param originatingElement the left class, recorded for incremental builds
     * @param options what the file must do to compile cleanly in the left class's package
     */
    public JavaFile write(LinkTableClass table, Element originatingElement, FileOptions options) {
        LinkTableClass.Entity left = table.left();
        LinkTableClass.Entity right = table.right();
        End leftEnd = table.relationship().end();
        End rightEnd = table.relationship().inverse();
        String lefts = Names.variable(rightEnd != null ? rightEnd.field() : "lefts", List.of("connection"), "lefts");
        String rights = Names.variable(leftEnd.field(), List.of("connection", lefts), "rights");
        TypeName leftsType = ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(left.type()));
        TypeName rightsType = ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(right.type()));
        ClassName rows = table.name().nestedClass("Rows");

        TypeSpec.Builder type = TypeSpec.classBuilder(table.name())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The association table {@code $L} of {@code $L}$L:\n{@code $L} holds the id of a"
                                + " {@link $T}, {@code $L} the id of a {@link $T}.\nIt creates the table, saves the"
                                + " links of objects as rows and loads rows back into links,\nover JDBC; the"
                                + " caller owns the connection and its transactions.\n\n"
                                + "<p>Generated by relate from {@code secondary = \"$L\"}; do not edit.\n",
                        table.table(), leftEnd.displayName(),
                        rightEnd == null ? "" : " and {@code " + rightEnd.displayName() + "}",
                        table.leftColumn(), left.type(), table.rightColumn(), right.type(), table.table())
                .addField(constant("NAME", table.table(), "The table's name."))
                .addField(constant("LEFT_COLUMN", table.leftColumn(),
                        "The column holding the id of a {@link " + left.type().simpleName() + "}."))
                .addField(constant("RIGHT_COLUMN", table.rightColumn(),
                        "The column holding the id of a {@link " + right.type().simpleName() + "}."))
                .addField(FieldSpec.builder(String.class, "CREATE_SQL", Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("The statement that creates the table.\n")
                        .initializer(createSqlLiteral(table))
                        .build())
                .addField(FieldSpec.builder(rows, "ROWS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", rows)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("leftEntity")
                        .addJavadoc("The class whose ids are in {@link #LEFT_COLUMN}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), left.type()))
                        .addStatement("return $T.class", left.type())
                        .build())
                .addMethod(MethodSpec.methodBuilder("rightEntity")
                        .addJavadoc("The class whose ids are in {@link #RIGHT_COLUMN}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(Class.class), right.type()))
                        .addStatement("return $T.class", right.type())
                        .build())
                .addMethod(idAccessor("leftId", left, params(table).owner()))
                .addMethod(idAccessor("rightId", right, params(table).element()))
                .addMethod(MethodSpec.methodBuilder("createTable")
                        .addJavadoc("Creates the table with {@link #CREATE_SQL}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .addParameter(CONNECTION, "connection")
                        .addException(SQL_EXCEPTION)
                        .addStatement("ROWS.createTable(connection)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("saveLinks")
                        .addJavadoc("Replaces the rows of {@code $N} with their current links, as one unit: the old"
                                + " rows\nare deleted and the current links inserted, in the caller's transaction,"
                                + " or in one of\nits own under autocommit. Every row is checked first; a failure"
                                + " leaves the table as it was.\n\n"
                                + "@return the number of rows inserted\n"
                                + "@throws IllegalStateException if an object has no id, or a row cannot be stored\n"
                                + "@throws IllegalArgumentException if an object is given twice, or two share an id\n",
                                lefts)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(CONNECTION, "connection")
                        .addParameter(leftsType, lefts)
                        .addException(SQL_EXCEPTION)
                        .addStatement("return ROWS.saveLinks(connection, $N)", lefts)
                        .build())
                .addMethod(MethodSpec.methodBuilder("loadLinks")
                        .addJavadoc("Reads every row and links the objects it names through {@link $T}; rows"
                                + " naming an object\nthat is not given, or objects linked already, are skipped:"
                                + " loading twice changes nothing.\n\n"
                                + "@return the number of links made\n",
                                RelationsClass.nameFor(left.type()))
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(int.class)
                        .addParameter(CONNECTION, "connection")
                        .addParameter(leftsType, lefts)
                        .addParameter(rightsType, rights)
                        .addException(SQL_EXCEPTION)
                        .addStatement("return ROWS.loadLinks(connection, $N, $N)", lefts, rights)
                        .build())
                .addType(rowsClass(table, rows, leftEnd));
        return FileWriting.file(table.name(), type, generatedAnnotation, originatingElement, options);
    }

    static FieldSpec constant(String name, String value, String javadoc) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc + "\n")
                .initializer("$S", value)
                .build();
    }

    private static TypeSpec rowsClass(LinkTableClass table, ClassName rows, End leftEnd) {
        LinkTableClass.Entity left = table.left();
        LinkTableClass.Entity right = table.right();
        EndClassWriter.Params params = EndClassWriter.Params.of(left.type(), right.type());
        String linked = Names.variable(leftEnd.field(), List.of(params.owner()), "linked", "rights");
        return TypeSpec.classBuilder(rows.simpleName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.LINK_TABLE, left.type(), right.type()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super(NAME, LEFT_COLUMN, RIGHT_COLUMN, CREATE_SQL, $T.class, $T.class)",
                                left.id().boxed(), right.id().boxed())
                        .build())
                .addMethod(idHook(table.name(), "leftId", left, params.owner()))
                .addMethod(idHook(table.name(), "rightId", right, params.element()))
                .addMethod(EndClassWriter.hook("rightsOf")
                        .returns(ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(right.type())))
                        .addParameter(left.type(), params.owner())
                        .addStatement("$T $N = $L", leftEnd.collection().declared(), linked,
                                FieldCode.read(leftEnd, params.owner()))
                        .addStatement("return $N == null ? $T.<$T>emptyList() : $N", linked, COLLECTIONS,
                                right.type(), linked)
                        .build())
                .addMethod(EndClassWriter.hook("link")
                        .returns(boolean.class)
                        .addParameter(left.type(), params.owner())
                        .addParameter(right.type(), params.element())
                        .addStatement("return $T.addTo$L($N, $N)", RelationsClass.nameFor(left.type()),
                                Names.capitalize(leftEnd.field()), params.owner(), params.element())
                        .build())
                .build();
    }

    private static EndClassWriter.Params params(LinkTableClass table) {
        return EndClassWriter.Params.of(table.left().type(), table.right().type());
    }

    /** The public reader of an entity's id, as the table stores it. */
    static MethodSpec idAccessor(String name, LinkTableClass.Entity entity, String parameter) {
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

    private static MethodSpec idHook(ClassName tableClass, String name, LinkTableClass.Entity entity,
            String parameter) {
        return EndClassWriter.hook(name)
                .returns(Object.class)
                .addParameter(entity.type(), parameter)
                .addStatement("return $T.$N($N)", tableClass, name, parameter)
                .build();
    }
}
