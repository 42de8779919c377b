package dev.relate.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds an entity's id and table name the way JPA users write them, without depending on JPA: any
 * annotation named {@code Id}, {@code Table} or {@code Column} counts, whatever its package.
 */
public final class IdFinder {
    private final Visibility visibility;

    public IdFinder(Visibility visibility) {
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

    /** The id of {@code type} as code in package {@code pkg} reads it, or null. */
    public FoundId find(TypeElement type, String pkg) {
        VariableElement field = null;
        ExecutableElement getter = null;
        for (TypeElement declaring : Members.hierarchy(type)) {
            for (VariableElement candidate : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (!candidate.getModifiers().contains(Modifier.STATIC) && isId(candidate, "id") && field == null) {
                    field = candidate;
                }
            }
            for (ExecutableElement candidate : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
                if (!candidate.getModifiers().contains(Modifier.STATIC) && candidate.getParameters().isEmpty()
                        && candidate.getReturnType().getKind() != TypeKind.VOID && isId(candidate, "getId")
                        && getter == null) {
                    getter = candidate;
                }
            }
        }
        if (field != null && visibility.memberVisibleFrom(field, pkg)) {
            return new FoundId(field.getSimpleName().toString(), null, field.asType(), column(field,
                    field.getSimpleName().toString()), field);
        }
        if (getter != null && visibility.memberVisibleFrom(getter, pkg)) {
            String property = field != null ? field.getSimpleName().toString() : propertyOf(getter);
            return new FoundId(null, getter.getSimpleName().toString(), getter.getReturnType(),
                    column(field != null ? field : getter, property), getter);
        }
        return null;
    }

    /** The table name of an {@code @Table(name = ...)} on the class, or null. */
    public static String declaredTable(TypeElement type) {
        String name = stringValue(annotationNamed(type, "Table"), "name");
        return name == null || name.isEmpty() ? null : name;
    }

    private static boolean isId(Element element, String conventionalName) {
        return annotationNamed(element, "Id") != null || element.getSimpleName().contentEquals(conventionalName);
    }

    private static String column(Element element, String property) {
        String name = stringValue(annotationNamed(element, "Column"), "name");
        return name == null || name.isEmpty() ? property : name;
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
