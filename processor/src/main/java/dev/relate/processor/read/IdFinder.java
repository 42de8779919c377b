package dev.relate.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Finds an entity's id and table name the way JPA users write them, without depending on JPA: any
 * annotation named {@code Id} or {@code Column} counts, whatever its package; the table is JPA's
 * {@code @Table} only (jakarta or javax), whose schema and catalog qualify it
 * ({@link TableQualifiers}): a foreign key to a table another annotation names would reference a
 * table that may not be there.
 */
public final class IdFinder {
    private final Types types;
    private final Visibility visibility;

    public IdFinder(Types types, Visibility visibility) {
        this.types = types;
        this.visibility = visibility;
    }

    /**
     * An id as found.
     *
     * @param field the id field, when generated code reads it directly
     * @param getter the getter, when generated code reads through it
     * @param type the id's type
     * @param column the id's column: a {@code @Column(name)}, else the property's name
     * @param element the field or getter, for messages
     */
    public record FoundId(String field, String getter, TypeMirror type, String column, Element element) {
    }

    /**
     * An id that code in a package cannot read, for a message.
     *
     * @param element the id field, or the id getter when there is no field
     * @param getter the getter that could read a field, when there is one but it is not visible; else null
     * @param getterName the name of the getter that would make a field readable
     */
    public record HiddenId(Element element, ExecutableElement getter, String getterName) {
    }

    /**
     * The id of {@code type} as code in package {@code pkg} reads it, or null. A field or getter
     * carrying an annotation named {@code Id} is the id; without one, a field named {@code id}, else
     * a getter {@code getId()}. A field that code in {@code pkg} cannot see is read through its
     * getter ({@code getKey()} for {@code key}), when that is visible there.
     */
    public FoundId find(TypeElement type, String pkg) {
        Candidate id = candidate(type);
        if (id == null) {
            return null;
        }
        // as a member of type: the id of a class extending Entity<Long> is a Long, not the type variable
        DeclaredType owner = (DeclaredType) type.asType();
        if (id.field() != null && visibility.memberVisibleFrom(id.field(), pkg)) {
            VariableElement field = id.field();
            return new FoundId(field.getSimpleName().toString(), null, types.asMemberOf(owner, field),
                    column(field, field.getSimpleName().toString()), field);
        }
        ExecutableElement getter = visibleGetter(id.getters(), pkg);
        if (getter == null) {
            return null;
        }
        Element named = id.field() != null ? id.field() : getter;
        String property = id.field() != null ? id.field().getSimpleName().toString() : propertyOf(getter);
        TypeMirror returned = ((ExecutableType) types.asMemberOf(owner, getter)).getReturnType();
        return new FoundId(null, getter.getSimpleName().toString(), returned, column(named, property), getter);
    }

    /**
     * The id of {@code type} when it has one that code in {@code pkg} cannot read ({@link #find}
     * gives null), else null.
     */
    public HiddenId hidden(TypeElement type, String pkg) {
        Candidate id = candidate(type);
        if (id == null || find(type, pkg) != null) {
            return null;
        }
        ExecutableElement getter = id.getters().isEmpty() ? null : id.getters().get(0);
        return id.field() != null
                ? new HiddenId(id.field(), getter, getterName(id.field()))
                : new HiddenId(getter, null, getter.getSimpleName().toString());
    }

    /**
     * The id: a field, with the getters that could read it (nearest first), or no field and the getter.
     */
    private record Candidate(VariableElement field, List<ExecutableElement> getters) {
    }

    private static Candidate candidate(TypeElement type) {
        VariableElement annotatedField = null;
        VariableElement conventionalField = null;
        ExecutableElement annotatedGetter = null;
        for (TypeElement declaring : Members.hierarchy(type)) {
            for (VariableElement candidate : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (candidate.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                if (annotatedField == null && annotationNamed(candidate, "Id") != null) {
                    annotatedField = candidate;
                }
                if (conventionalField == null && candidate.getSimpleName().contentEquals("id")) {
                    conventionalField = candidate;
                }
            }
            for (ExecutableElement candidate : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
                if (annotatedGetter == null && isGetter(candidate) && annotationNamed(candidate, "Id") != null) {
                    annotatedGetter = candidate;
                }
            }
        }
        // an annotation says which is the id, whatever the names; JPA puts it on a field or a getter
        if (annotatedField != null) {
            return new Candidate(annotatedField, getters(type, getterName(annotatedField)));
        }
        if (annotatedGetter != null) {
            return new Candidate(null, List.of(annotatedGetter));
        }
        if (conventionalField != null) {
            return new Candidate(conventionalField, getters(type, "getId"));
        }
        List<ExecutableElement> getters = getters(type, "getId");
        return getters.isEmpty() ? null : new Candidate(null, getters);
    }

    /** The instance getters of that name that {@code type} has, declared or inherited, nearest first. */
    private static List<ExecutableElement> getters(TypeElement type, String name) {
        List<ExecutableElement> getters = new ArrayList<>();
        for (ExecutableElement method : Members.methods(type, name, 0)) {
            if (isGetter(method)) {
                getters.add(method);
            }
        }
        return getters;
    }

    private ExecutableElement visibleGetter(List<ExecutableElement> getters, String pkg) {
        for (ExecutableElement getter : getters) {
            if (visibility.memberVisibleFrom(getter, pkg)) {
                return getter;
            }
        }
        return null;
    }

    private static boolean isGetter(ExecutableElement method) {
        return !method.getModifiers().contains(Modifier.STATIC) && method.getParameters().isEmpty()
                && method.getReturnType().getKind() != TypeKind.VOID;
    }

    /** {@code key} → {@code getKey}. */
    private static String getterName(VariableElement field) {
        String name = field.getSimpleName().toString();
        return "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * The column of a class's id in its own table, as JPA names it by default: the id's
     * {@code @Column(name)}, else its property's name; {@code id} when there is no id at all.
     */
    public static String idColumn(TypeElement type) {
        Candidate id = candidate(type);
        if (id == null) {
            return "id";
        }
        return id.field() != null ? column(id.field(), id.field().getSimpleName().toString())
                : column(id.getters().get(0), propertyOf(id.getters().get(0)));
    }

    /** The table name of JPA's {@code @Table(name = ...)} on the class, or null. */
    public static String declaredTable(TypeElement type) {
        String name = stringValue(JpaElements.annotation(type, "Table"), "name");
        return name == null || name.isEmpty() ? null : name;
    }

    private static String column(Element element, String property) {
        ColumnDeclaration column = ColumnDeclaration.on(element);
        return column == null || column.name() == null ? property : column.name();
    }

    private static String propertyOf(ExecutableElement getter) {
        String name = getter.getSimpleName().toString();
        String bare = name.startsWith("get") && name.length() > 3 ? name.substring(3) : name;
        return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }

    private static AnnotationMirror annotationNamed(Element element, String simpleName) {
        List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
        for (AnnotationMirror mirror : mirrors) {
            if (mirror.getAnnotationType().asElement().getSimpleName().contentEquals(simpleName)) {
                return mirror;
            }
        }
        return null;
    }

    private static String stringValue(AnnotationMirror mirror, String attribute) {
        if (mirror == null) {
            return null;
        }
        for (var entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(attribute)) {
                AnnotationValue value = entry.getValue();
                return value.getValue() instanceof String s ? s.strip() : null;
            }
        }
        return null;
    }
}
