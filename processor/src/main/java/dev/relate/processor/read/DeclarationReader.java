package dev.relate.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The one place that reads declarations: relate's relationship annotations and {@code @Backref} on
 * fields, {@code @AssociationObject} on classes, each through its mirror and with every default
 * resolved, and (through {@link JpaMappings}) JPA's relationship mappings as the relate declarations
 * they mean. Each element is read once: a reader remembers what it read, so one reader per round
 * reads each field and class once however many rules ask.
 */
public final class DeclarationReader {
    private final Elements elements;
    private final JpaMappings jpa;
    private final ShapeReader shapes;
    private final Map<Element, FieldAnnotations> fields = new HashMap<>();
    private final Map<TypeElement, Optional<AssociationDeclaration>> associations = new HashMap<>();

    /**
     * @param readJpa whether JPA's mappings are read too ({@code -Arelate.jpa=false} says no)
     * @param inBuild whether a class is compiled in this build, for JPA's mappings: those of a class
     *     file built without relate are not read
     */
    public DeclarationReader(Elements elements, Types types, boolean readJpa, Predicate<TypeElement> inBuild) {
        this.elements = elements;
        this.shapes = new ShapeReader(types, elements);
        this.jpa = readJpa ? new JpaMappings(types, elements, shapes, inBuild) : null;
    }

    /**
     * The getters of a class whose JPA mapping names a property the class has no field for, which
     * relate cannot read (none when JPA's mappings are not read).
     */
    public List<FieldlessGetter> fieldlessGetters(TypeElement type) {
        return jpa == null ? List.of() : jpa.fieldlessGetters(type);
    }

    /**
     * The getters {@code isX()} of a class whose JPA mapping neither JPA nor relate reads, the class
     * declaring {@code getX()} too (none when JPA's mappings are not read).
     */
    public List<ShadowedGetter> shadowedGetters(TypeElement type) {
        return jpa == null ? List.of() : jpa.shadowedGetters(type);
    }

    /**
     * The mappings a class declares whose {@code mappedBy} names a field that other mappings name too,
     * which relate leaves to JPA (none when JPA's mappings are not read).
     */
    public List<SharedMappedBy> sharedMappedBy(TypeElement type) {
        return jpa == null ? List.of() : jpa.sharedMappedBy(type);
    }

    /**
     * The mappings a class declares whose {@code mappedBy} names a field holding a superclass of the
     * class, which relate leaves to JPA (none when JPA's mappings are not read).
     */
    public List<SuperclassMappedBy> superclassMappedBy(TypeElement type) {
        return jpa == null ? List.of() : jpa.superclassMappedBy(type);
    }

    /**
     * What the annotations on one field say: its relationship declarations, its marker, and the JPA
     * mapping it also carries beside relate's annotation.
     */
    private record FieldAnnotations(List<Declaration> declarations, AnnotationMirror backref, Declaration jpa) {
    }

    /**
     * Every relationship declared on the field, in source order (more than one is an error): relate's
     * annotations, or else the JPA mapping that means one.
     */
    public List<Declaration> declarationsOn(VariableElement field) {
        return fieldAnnotations(field).declarations();
    }

    /**
     * The JPA mapping of a field that also carries relate's annotation, read as a declaration, for
     * checking that the two agree; null when there is none.
     */
    public Declaration jpaBeside(VariableElement field) {
        return fieldAnnotations(field).jpa();
    }

    /** The {@code @Backref} marker on the field, or null. */
    public AnnotationMirror backrefMarker(Element field) {
        return fieldAnnotations(field).backref();
    }

    /** Whether a field carries a relationship annotation or {@code @Backref}. */
    public boolean carriesRelateAnnotation(VariableElement field) {
        FieldAnnotations read = fieldAnnotations(field);
        return !read.declarations().isEmpty() || read.backref() != null;
    }

    /** The {@code @AssociationObject} of a class, read, or null when it has none. */
    public AssociationDeclaration associationOn(TypeElement type) {
        return associations.computeIfAbsent(type, key -> Optional.ofNullable(readAssociation(key))).orElse(null);
    }

    /** Whether the class carries {@code @AssociationObject}. */
    public static boolean isAssociation(TypeElement type) {
        return associationMirror(type) != null;
    }

    private FieldAnnotations fieldAnnotations(Element field) {
        FieldAnnotations read = fields.get(field);
        if (read == null) {
            read = readField(field);
            fields.put(field, read);
        }
        return read;
    }

    private FieldAnnotations readField(Element field) {
        List<Declaration> declarations = new ArrayList<>();
        AnnotationMirror backref = null;
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            RelKind kind = kindOf(mirror);
            if (kind != null && field instanceof VariableElement variable) {
                declarations.add(read(variable, kind, mirror));
            } else if (field instanceof VariableElement variable && nameOf(mirror).equals(RelKind.ONE_TO_ONE)) {
                declarations.add(readOneToOne(variable, mirror));
            } else if (backref == null && nameOf(mirror).equals(RelKind.BACKREF)) {
                backref = mirror;
            }
        }
        Declaration mapping = jpa != null && field instanceof VariableElement variable
                ? jpa.declarationOn(variable) : null;
        if (mapping != null && declarations.isEmpty()) {
            return new FieldAnnotations(List.of(mapping), backref, null);
        }
        return new FieldAnnotations(List.copyOf(declarations), backref, mapping);
    }

    private AssociationDeclaration readAssociation(TypeElement type) {
        AnnotationMirror mirror = associationMirror(type);
        if (mirror == null) {
            return null;
        }
        Map<String, String> texts = new HashMap<>();
        boolean unique = false;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : elements.getElementValuesWithDefaults(mirror).entrySet()) {
            Object value = entry.getValue().getValue();
            if (value instanceof Boolean flag && entry.getKey().getSimpleName().contentEquals("unique")) {
                unique = flag;
            }
            AnnotationValue fallback = entry.getKey().getDefaultValue();
            texts.put(entry.getKey().getSimpleName().toString(), value instanceof String s ? s.strip()
                    : fallback != null && fallback.getValue() instanceof String s ? s : "");
        }
        return new AssociationDeclaration(type, mirror, texts.getOrDefault("left", ""),
                texts.getOrDefault("right", ""), texts.getOrDefault("table", ""),
                texts.getOrDefault("leftColumn", ""), texts.getOrDefault("rightColumn", ""), unique);
    }

    private static AnnotationMirror associationMirror(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(RelKind.ASSOCIATION_OBJECT)) {
                return mirror;
            }
        }
        return null;
    }

    private Declaration read(VariableElement field, RelKind kind, AnnotationMirror mirror) {
        Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                elements.getElementValuesWithDefaults(mirror);
        String backPopulates = "";
        String backref = "";
        boolean uselist = true;
        String secondary = "";
        String leftColumn = "";
        String rightColumn = "";
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            Object value = entry.getValue().getValue();
            switch (entry.getKey().getSimpleName().toString()) {
                case "backPopulates" -> backPopulates = value instanceof String s ? s.strip() : "";
                case "backref" -> backref = value instanceof String s ? s.strip() : "";
                case "uselist" -> uselist = !(value instanceof Boolean b) || b;
                case "secondary" -> secondary = value instanceof String s ? s.strip() : "";
                case "leftColumn" -> leftColumn = value instanceof String s ? s.strip() : "";
                case "rightColumn" -> rightColumn = value instanceof String s ? s.strip() : "";
                default -> {
                }
            }
        }
        Shape shape = shapes.shapeOf(field.asType());
        Declaration.Table table = kind == RelKind.MANY_TO_MANY
                ? withOrder(table(field, shape, mirror, secondary, backPopulates, leftColumn, rightColumn), field,
                        shape, mirror, backPopulates)
                : null;
        return new Declaration(field, field, kind, mirror, Declaration.Source.RELATE, backPopulates, backref, uselist,
                table, shape);
    }

    /**
     * A {@code @OneToOneRel}, read as the annotation it means for its end: with {@code backPopulates}
     * or {@code backref} it owns the relationship, as {@code @ManyToOneRel} does (a {@code mappedBy}
     * beside them is reported by the checks, which see it through {@link Declaration#claimsBothRoles});
     * with {@code mappedBy} alone it is the other end, as {@code @OneToManyRel(uselist = false)}. With
     * none of them it is one-way and owns what it holds, as JPA's {@code @OneToOne} without a
     * {@code mappedBy} naming it: a one-way {@code @ManyToOneRel} that the planner calls one-to-one.
     */
    private Declaration readOneToOne(VariableElement field, AnnotationMirror mirror) {
        String backPopulates = explicit(mirror, "backPopulates");
        String backref = explicit(mirror, "backref");
        String mappedBy = explicit(mirror, "mappedBy");
        Shape shape = shapes.shapeOf(field.asType());
        if (mappedBy.isEmpty() || !backPopulates.isEmpty() || !backref.isEmpty()) {
            return new Declaration(field, field, RelKind.MANY_TO_ONE, mirror, Declaration.Source.ONE_TO_ONE,
                    backPopulates, backref, true, null, shape);
        }
        return new Declaration(field, field, RelKind.ONE_TO_MANY, mirror, Declaration.Source.ONE_TO_ONE, mappedBy,
                "", false, null, shape);
    }

    /**
     * The association table of a {@code @ManyToManyRel}, its columns put left and right: as
     * {@code leftColumn}/{@code rightColumn} say, or as {@code joinColumn}/{@code inverseJoinColumn}
     * say per end, those this end leaves out taken from the other end's, else the position's default.
     * Without {@code secondary}, the table of a JPA {@code @JoinTable} beside it; null when there is
     * none either: the relationship is kept in memory only.
     */
    private Declaration.Table table(VariableElement field, Shape shape, AnnotationMirror mirror, String secondary,
            String backPopulates, String leftColumn, String rightColumn) {
        String joinColumn = explicit(mirror, "joinColumn");
        String inverseJoinColumn = explicit(mirror, "inverseJoinColumn");
        boolean positional = given(mirror, "leftColumn") || given(mirror, "rightColumn");
        boolean perEnd = !joinColumn.isEmpty() || !inverseJoinColumn.isEmpty();
        if (!given(mirror, "secondary")) {
            // no table named: the JPA mapping's @JoinTable, if there is one, else none (kept in memory only)
            Declaration mapping = jpa == null ? null : jpa.declarationOn(field);
            Declaration.Table joinTable = mapping == null ? null : mapping.table();
            if (joinTable != null && !positional && !perEnd) {
                return new Declaration.Table(joinTable.secondary(), joinTable.leftColumn(), joinTable.rightColumn(),
                        true, false);
            }
            if (joinTable == null && !positional && !perEnd) {
                return null;
            }
            secondary = joinTable == null ? "" : joinTable.secondary();
        }
        TypeElement target = shape instanceof Shape.Many many ? many.target() : null;
        VariableElement other = target == null || backPopulates.isEmpty() ? null : Members.field(target, backPopulates);
        AnnotationMirror theirs = other == null ? null : manyToManyOn(other);
        String theirJoin = theirs == null ? "" : explicit(theirs, "joinColumn");
        String theirInverse = theirs == null ? "" : explicit(theirs, "inverseJoinColumn");
        if (!perEnd && (positional || theirJoin.isEmpty() && theirInverse.isEmpty())) {
            return new Declaration.Table(secondary, leftColumn, rightColumn, true, false);
        }
        boolean left = other == null || LeftEnd.isLeft(field.getSimpleName().toString(),
                ((TypeElement) field.getEnclosingElement()).getQualifiedName().toString(), backPopulates,
                target.getQualifiedName().toString());
        String own = !joinColumn.isEmpty() ? joinColumn : !theirInverse.isEmpty() ? theirInverse
                : left ? "left_id" : "right_id";
        String others = !inverseJoinColumn.isEmpty() ? inverseJoinColumn : !theirJoin.isEmpty() ? theirJoin
                : left ? "right_id" : "left_id";
        return new Declaration.Table(secondary, left ? own : others, left ? others : own, true, positional && perEnd);
    }

    /**
     * The table with the order columns of both ends: each end's {@code orderColumn}, else the JPA
     * {@code @OrderColumn} its mapping has.
     */
    private Declaration.Table withOrder(Declaration.Table table, VariableElement field, Shape shape,
            AnnotationMirror mirror, String backPopulates) {
        if (table == null) {
            return null;
        }
        Declaration mapping = jpa == null ? null : jpa.declarationOn(field);
        Declaration.Table jpaTable = mapping == null ? null : mapping.table();
        String own = explicit(mirror, "orderColumn");
        if (own.isEmpty() && jpaTable != null) {
            own = jpaTable.orderColumn();
        }
        TypeElement target = shape instanceof Shape.Many many ? many.target() : null;
        VariableElement other = target == null || backPopulates.isEmpty() ? null : Members.field(target, backPopulates);
        AnnotationMirror theirs = other == null ? null : manyToManyOn(other);
        String inverse = theirs == null ? "" : explicit(theirs, "orderColumn");
        if (inverse.isEmpty() && other != null && jpaTable != null) {
            inverse = jpaTable.inverseOrderColumn();
        }
        return table.withOrder(own, inverse);
    }

    private static AnnotationMirror manyToManyOn(VariableElement field) {
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            if (kindOf(mirror) == RelKind.MANY_TO_MANY) {
                return mirror;
            }
        }
        return null;
    }

    /** Whether the user wrote the attribute. */
    private static boolean given(AnnotationMirror mirror, String attribute) {
        for (ExecutableElement key : mirror.getElementValues().keySet()) {
            if (key.getSimpleName().contentEquals(attribute)) {
                return true;
            }
        }
        return false;
    }

    /** The attribute's text as the user wrote it, stripped; empty when not written. */
    private static String explicit(AnnotationMirror mirror, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue().getValue() instanceof String s ? s.strip() : "";
            }
        }
        return "";
    }

    private static RelKind kindOf(AnnotationMirror mirror) {
        String name = nameOf(mirror);
        for (RelKind kind : RelKind.values()) {
            if (kind.annotation().equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }
}
