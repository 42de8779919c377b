package dev.relate.processor.read;

import static dev.relate.processor.read.JpaElements.annotation;
import static dev.relate.processor.read.JpaElements.ignored;
import static dev.relate.processor.read.JpaElements.mappingOn;
import static dev.relate.processor.read.JpaElements.relateDeclared;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.RelationsClass;
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
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The second reader of declarations: JPA's relationship mappings ({@code jakarta.persistence} and
 * {@code javax.persistence}, read by name), each as the relate declaration it means.
 *
 * <ul>
 *   <li>{@code @OneToMany(mappedBy = "x")}: {@code @OneToManyRel(backPopulates = "x")};</li>
 *   <li>{@code @ManyToOne}: {@code @ManyToOneRel}, whose other end is the field of the target whose
 *       {@code @OneToMany(mappedBy)} names it (none: one-way);</li>
 *   <li>{@code @OneToOne(mappedBy = "x")}: {@code @OneToManyRel(uselist = false, backPopulates = "x")},
 *       and the owning {@code @OneToOne} a {@code @ManyToOneRel} as above;</li>
 *   <li>{@code @ManyToMany}: {@code @ManyToManyRel}, its table and columns those of the owning
 *       side's {@code @JoinTable} (JPA's defaults for what it leaves out). relate writes no table
 *       class for it: the JPA provider stores the table.</li>
 * </ul>
 *
 * A {@code Map} with {@code @MapKey(name = "k")} is a map end keyed by the elements' attribute
 * {@code k} (relate's {@code key = "k"}: {@link JpaMapKey}). A mapping on a getter (property access:
 * {@code getX()}, else {@code isX()}, or the superclass's getter it overrides) is the end of the field
 * of the property's name. A mapping relate cannot keep in sync (a
 * {@code Map} keyed otherwise, a field of a type variable, a {@code mappedBy}
 * path into an embeddable such as {@code "address.city"}) is
 * not read, nor one under {@code @IgnoreMappings}, nor those of a library's class built without relate;
 * the other end of such a mapping is then a one-way relationship. A mapped getter with no field of its
 * property's name is not read either, but reported ({@link #fieldlessGetters}), as are an {@code isX()}
 * mapped beside a {@code getX()} ({@link #shadowedGetters}), collections mapped by one field
 * ({@link #sharedMappedBy}) and a subclass's collection mapped by a field holding its superclass
 * ({@link #superclassMappedBy}). Each field is read once.
 */
final class JpaMappings {
    private static final String ONE_TO_MANY = "OneToMany";
    private static final String MANY_TO_ONE = "ManyToOne";
    private static final String ONE_TO_ONE = "OneToOne";
    private static final String MANY_TO_MANY = "ManyToMany";

    private final Types types;
    private final Elements elements;
    private final ShapeReader shapes;
    private final Predicate<TypeElement> inBuild;
    private final JpaGetters getters;
    private final Map<VariableElement, Optional<Mapping>> mappings = new HashMap<>();
    private final Map<VariableElement, Optional<Declaration>> declarations = new HashMap<>();
    private final Map<TypeElement, Boolean> withRelate = new HashMap<>();
    private final Map<VariableElement, List<VariableElement>> shared = new HashMap<>();

    /** @param inBuild whether a class is compiled in this build (else it is read from a class file) */
    JpaMappings(Types types, Elements elements, ShapeReader shapes, Predicate<TypeElement> inBuild) {
        this.types = types;
        this.elements = elements;
        this.shapes = shapes;
        this.inBuild = inBuild;
        this.getters = new JpaGetters(elements);
    }

    /**
     * A JPA relationship annotation that relate can keep in sync.
     *
     * @param name its simple name, {@code OneToMany}
     * @param site the field or getter carrying it
     * @param mirror the annotation
     * @param mappedBy its {@code mappedBy}, empty when not given
     * @param shape what the field's type makes of it: a collection or a single object
     */
    private record Mapping(String name, Element site, AnnotationMirror mirror, String mappedBy, Shape shape) {

        /** The class on the other side. */
        TypeElement target() {
            return shape.target();
        }
    }

    /** The declaration that the field's JPA mapping means, or null when it has none that relate reads. */
    Declaration declarationOn(VariableElement field) {
        Optional<Declaration> read = declarations.get(field);
        if (read == null) {
            read = Optional.ofNullable(declaration(field));
            declarations.put(field, read);
        }
        return read.orElse(null);
    }

    private Declaration declaration(VariableElement field) {
        Mapping mapping = mapping(field);
        if (mapping == null || sharesMappedBy(field, mapping) || mappedBySuperclass(field, mapping) != null) {
            return null;
        }
        String name = field.getSimpleName().toString();
        return switch (mapping.name()) {
            case ONE_TO_MANY -> declaration(field, mapping, RelKind.ONE_TO_MANY, mappedBy(mapping), true, null);
            case MANY_TO_ONE -> declaration(field, mapping, RelKind.MANY_TO_ONE,
                    inverseOf(field, mapping.target(), ONE_TO_MANY), true, null);
            case ONE_TO_ONE -> mapping.mappedBy().isEmpty()
                    ? declaration(field, mapping, RelKind.MANY_TO_ONE, inverseOf(field, mapping.target(), ONE_TO_ONE),
                            true, null)
                    : declaration(field, mapping, RelKind.ONE_TO_MANY, mappedBy(mapping), false, null);
            default -> {
                String other = mapping.mappedBy().isEmpty() ? inverseOf(field, mapping.target(), MANY_TO_MANY)
                        : mappedBy(mapping);
                Declaration.Table table = mapping.mappedBy().isEmpty() ? table(field, mapping, other)
                        : inverseTable(field, mapping, name);
                yield declaration(field, mapping, RelKind.MANY_TO_MANY, other, true, table == null ? null
                        : table.withOrder(orderColumn(mapping, name), orderColumn(mapping.target(), other)));
            }
        };
    }

    private static Declaration declaration(VariableElement field, Mapping mapping, RelKind kind, String other,
            boolean uselist, Declaration.Table table) {
        return new Declaration(field, mapping.site(), kind, mapping.mirror(), Declaration.Source.JPA, other, "",
                uselist, table, mapping.shape());
    }

    /**
     * The other end that {@code mappedBy} names; empty when that end is left out with
     * {@code @IgnoreMappings}, which makes this end one-way.
     */
    private String mappedBy(Mapping mapping) {
        VariableElement named = Members.field(mapping.target(), mapping.mappedBy());
        if (named == null) {
            return mapping.mappedBy(); // the pairing rules say that it names no field
        }
        TypeElement declaring = (TypeElement) named.getEnclosingElement();
        ExecutableElement getter = JpaGetters.getter(declaring, mapping.mappedBy());
        boolean left = ignored(declaring) || ignored(named) || getter != null && ignored(getter);
        return left ? "" : mapping.mappedBy();
    }

    /**
     * The field of {@code target} whose mapping named {@code name} says {@code mappedBy} this field,
     * holding this field's class; empty when there is none.
     */
    private String inverseOf(VariableElement field, TypeElement target, String name) {
        if (!mappedByShared(field).isEmpty()) {
            return ""; // left to JPA: a field kept in sync with one collection is not with the others
        }
        TypeElement declaring = (TypeElement) field.getEnclosingElement();
        for (VariableElement candidate : Members.instanceFields(target)) {
            Mapping mapping = mapping(candidate);
            if (mapping != null && mapping.name().equals(name)
                    && mapping.mappedBy().contentEquals(field.getSimpleName())
                    && related(declaring, mapping.target())) {
                return candidate.getSimpleName().toString();
            }
        }
        return "";
    }

    /**
     * The mappings (of JPA alone) that name the owning field {@code owning} with {@code mappedBy},
     * found among the fields of the class it holds, when there are two or more and no relate
     * annotation is on any of them or on {@code owning}; empty otherwise. relate can keep a field in
     * sync with one collection only, and leaves all of these to JPA: none is read, and the owning
     * field is one-way. Where relate's annotations declare one of them, the pairing rules decide.
     */
    private List<VariableElement> mappedByShared(VariableElement owning) {
        List<VariableElement> found = shared.get(owning);
        if (found == null) {
            found = readShared(owning);
            shared.put(owning, found);
        }
        return found;
    }

    private List<VariableElement> readShared(VariableElement owning) {
        Mapping owningMapping = mapping(owning);
        if (owningMapping == null || !owningMapping.mappedBy().isEmpty() || relateDeclared(owning)) {
            return List.of();
        }
        String name = owning.getSimpleName().toString();
        List<VariableElement> found = new ArrayList<>();
        for (VariableElement candidate : Members.instanceFields(owningMapping.target())) {
            Mapping mapping = mapping(candidate);
            if (mapping != null && mapping.mappedBy().equals(name)
                    && owning.equals(Members.field(mapping.target(), name))) {
                if (relateDeclared(candidate)) {
                    return List.of();
                }
                found.add(candidate);
            }
        }
        return found.size() > 1 ? List.copyOf(found) : List.of();
    }

    /** Whether {@code field}'s mapping names with {@code mappedBy} a field that other mappings name too. */
    private boolean sharesMappedBy(VariableElement field, Mapping mapping) {
        VariableElement owning = mapping.mappedBy().isEmpty() ? null
                : Members.field(mapping.target(), mapping.mappedBy());
        return owning != null && mappedByShared(owning).contains(field);
    }

    /**
     * The collections (or one-to-one ends) a class declares that share the field they are mapped by
     * with others, which relate leaves to JPA ({@link #mappedByShared}), in source order.
     */
    List<SharedMappedBy> sharedMappedBy(TypeElement type) {
        List<SharedMappedBy> found = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            Mapping mapping = mapping(field);
            if (mapping != null && sharesMappedBy(field, mapping)) {
                VariableElement owning = Members.field(mapping.target(), mapping.mappedBy());
                List<VariableElement> others = new ArrayList<>(mappedByShared(owning));
                others.remove(field);
                found.add(new SharedMappedBy(mapping.site(), field, owning, List.copyOf(others)));
            }
        }
        return found;
    }

    /**
     * The field {@code field}'s mapping names with {@code mappedBy} when that field holds a proper
     * superclass of {@code field}'s class and relate's annotations are on neither field; null
     * otherwise. JPA allows it, but relate's ends hold each other's classes, so it leaves the mapping
     * to JPA.
     */
    private VariableElement mappedBySuperclass(VariableElement field, Mapping mapping) {
        VariableElement owning = mapping.mappedBy().isEmpty() ? null
                : Members.field(mapping.target(), mapping.mappedBy());
        Mapping owningMapping = owning == null ? null : mapping(owning);
        if (owningMapping == null || relateDeclared(field) || relateDeclared(owning)) {
            return null;
        }
        TypeMirror declaring = types.erasure(field.getEnclosingElement().asType());
        TypeMirror held = types.erasure(owningMapping.target().asType());
        return !types.isSameType(declaring, held) && types.isSubtype(declaring, held) ? owning : null;
    }

    /**
     * The mappings a class declares whose {@code mappedBy} names a field holding a superclass of the
     * class, which relate leaves to JPA ({@link #mappedBySuperclass}), in source order.
     */
    List<SuperclassMappedBy> superclassMappedBy(TypeElement type) {
        List<SuperclassMappedBy> found = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            Mapping mapping = mapping(field);
            VariableElement owning = mapping == null || sharesMappedBy(field, mapping) ? null
                    : mappedBySuperclass(field, mapping);
            if (owning != null) {
                found.add(new SuperclassMappedBy(mapping.site(), field, owning, mapping(owning).target()));
            }
        }
        return found;
    }


    /** Whether one of the classes is the other or extends it (a mapped superclass declares the end). */
    private boolean related(TypeElement one, TypeElement other) {
        return types.isSubtype(types.erasure(one.asType()), types.erasure(other.asType()))
                || types.isSubtype(types.erasure(other.asType()), types.erasure(one.asType()));
    }

    /** The table of the inverse side: the owning side's, the field of the target that {@code mappedBy} names. */
    private Declaration.Table inverseTable(VariableElement field, Mapping mapping, String name) {
        VariableElement owning = Members.field(mapping.target(), mapping.mappedBy());
        Mapping owningMapping = owning == null ? null : mapping(owning);
        if (owningMapping == null || !owningMapping.name().equals(MANY_TO_MANY)) {
            return null; // the pairing rules report a mappedBy naming no owning side
        }
        return table(owning, owningMapping, name);
    }

    /**
     * The association table of the owning side {@code owning}: its {@code @JoinTable}, with JPA's
     * defaults (the owning entity's name, "_", the inverse entity's; each column the name of the
     * field naming its class, or of its entity, "_", the id's column), as left and right columns.
     *
     * @param inverse the inverse side's field, empty for a one-way many-to-many
     */
    private Declaration.Table table(VariableElement owning, Mapping mapping, String inverse) {
        TypeElement owningClass = (TypeElement) owning.getEnclosingElement();
        TypeElement inverseClass = mapping.target();
        AnnotationMirror joinTable = annotation(mapping.site(), "JoinTable");
        String name = text(joinTable, "name");
        if (name.isEmpty()) {
            name = entityName(owningClass) + "_" + entityName(inverseClass);
        }
        String owningColumn = firstColumn(joinTable, "joinColumns");
        if (owningColumn.isEmpty()) {
            owningColumn = (inverse.isEmpty() ? entityName(owningClass) : inverse) + "_"
                    + IdFinder.idColumn(owningClass);
        }
        String inverseColumn = firstColumn(joinTable, "inverseJoinColumns");
        if (inverseColumn.isEmpty()) {
            inverseColumn = owning.getSimpleName() + "_" + IdFinder.idColumn(inverseClass);
        }
        boolean owningLeft = inverse.isEmpty() || LeftEnd.isLeft(owning.getSimpleName().toString(),
                qualified(inverseHolder(owning, inverseClass, inverse)), inverse, qualified(inverseClass));
        return owningLeft ? new Declaration.Table(name, owningColumn, inverseColumn, false, false)
                : new Declaration.Table(name, inverseColumn, owningColumn, false, false);
    }

    /** The class whose instances hold the owning end: the class the inverse side's collection holds. */
    private TypeElement inverseHolder(VariableElement owning, TypeElement inverseClass, String inverse) {
        VariableElement field = Members.field(inverseClass, inverse);
        Mapping mapping = field == null ? null : mapping(field);
        return mapping == null ? (TypeElement) owning.getEnclosingElement() : mapping.target();
    }

    /**
     * The field's JPA relationship mapping (on the field, else on its property's getter in the same
     * class), when relate can keep it in sync; null otherwise.
     */
    private Mapping mapping(VariableElement field) {
        Optional<Mapping> read = mappings.get(field);
        if (read == null) {
            read = Optional.ofNullable(readMapping(field));
            mappings.put(field, read);
        }
        return read.orElse(null);
    }

    private Mapping readMapping(VariableElement field) {
        TypeElement declaring = (TypeElement) field.getEnclosingElement();
        if (field.getModifiers().contains(Modifier.STATIC) || ignored(declaring) || ignored(field)
                || !compiledWithRelate(declaring)) {
            return null;
        }
        Element site = field;
        AnnotationMirror mirror = mappingOn(field);
        if (mirror == null) {
            ExecutableElement getter = JpaGetters.getter(declaring, field.getSimpleName().toString());
            if (getter == null || ignored(getter)) {
                return null;
            }
            site = getter;
            mirror = mappingOn(getter);
            if (mirror == null) {
                // the getter overrides a mapped getter of a superclass, which JPA calls it for
                site = getters.inheritedMapping(declaring, getter);
                mirror = site == null ? null : mappingOn(site);
            }
            if (mirror == null) {
                return null;
            }
        }
        String name = mirror.getAnnotationType().asElement().getSimpleName().toString();
        Shape shape = shapes.shapeOf(field.asType());
        boolean collection = name.equals(ONE_TO_MANY) || name.equals(MANY_TO_MANY);
        boolean many = shape instanceof Shape.Many read && (!read.isMap() || JpaMapKey.unread(site) == null);
        if (collection ? !many : !(shape instanceof Shape.Scalar)) {
            // a Map keyed by what is no attribute of its elements (@MapKeyColumn, @MapKey without a
            // name), an array, a type variable: not an end relate keeps in sync
            return null;
        }
        String mappedBy = text(mirror, "mappedBy");
        if (mappedBy.indexOf('.') >= 0) {
            // a path into an embeddable ("address.city"): its other end is no field of the target
            return null;
        }
        return new Mapping(name, site, mirror, mappedBy, shape);
    }













    /**
     * The getters of a class whose JPA relationship mapping relate would read (under property access)
     * but whose class has no instance field of the property's name to read it for, in source order.
     */
    List<FieldlessGetter> fieldlessGetters(TypeElement type) {
        return ignored(type) || !compiledWithRelate(type) ? List.of() : getters.fieldless(type);
    }

    /**
     * The getters {@code isX()} of a class carrying a JPA relationship mapping beside a {@code getX()},
     * whose mapping neither JPA nor relate reads, in source order.
     */
    List<ShadowedGetter> shadowedGetters(TypeElement type) {
        return ignored(type) || !compiledWithRelate(type) ? List.of() : getters.shadowed(type);
    }

    /**
     * Whether relate reads a class's mappings: a class of the build, or one from a class file that
     * was compiled with relate (its helpers are there too). A library's entities, built without relate,
     * keep what they have: an end of the build relating to them is one-way.
     */
    private boolean compiledWithRelate(TypeElement type) {
        return withRelate.computeIfAbsent(type, key -> inBuild.test(key)
                || elements.getTypeElement(RelationsClass.nameFor(ClassName.get(key)).canonicalName()) != null);
    }




    /**
     * The {@code @OrderColumn} of a mapping: its name, JPA's default ({@code <field>_ORDER}) where it
     * names none; empty without one.
     */
    private static String orderColumn(Mapping mapping, String field) {
        AnnotationMirror order = annotation(mapping.site(), "OrderColumn");
        if (order == null) {
            return "";
        }
        String name = text(order, "name");
        return name.isEmpty() ? field + "_ORDER" : name;
    }

    /** The {@code @OrderColumn} of the field {@code name} of {@code type}; empty without one. */
    private String orderColumn(TypeElement type, String name) {
        VariableElement field = name.isEmpty() ? null : Members.field(type, name);
        Mapping mapping = field == null ? null : mapping(field);
        return mapping == null ? "" : orderColumn(mapping, name);
    }


    /** JPA's name of an entity: its {@code @Entity(name)}, else its class's simple name. */
    private static String entityName(TypeElement type) {
        String name = text(annotation(type, "Entity"), "name");
        return name.isEmpty() ? type.getSimpleName().toString() : name;
    }

    /** The name of the first {@code @JoinColumn} in the attribute, empty when there is none. */
    private static String firstColumn(AnnotationMirror joinTable, String attribute) {
        AnnotationValue value = value(joinTable, attribute);
        if (value != null && value.getValue() instanceof List<?> columns && !columns.isEmpty()
                && columns.get(0) instanceof AnnotationValue first
                && first.getValue() instanceof AnnotationMirror column) {
            return text(column, "name");
        }
        return "";
    }

    private static String text(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = value(mirror, attribute);
        return value != null && value.getValue() instanceof String s ? s.strip() : "";
    }

    private static AnnotationValue value(AnnotationMirror mirror, String attribute) {
        if (mirror == null) {
            return null;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String qualified(TypeElement type) {
        return type.getQualifiedName().toString();
    }
}
