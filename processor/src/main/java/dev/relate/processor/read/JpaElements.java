package dev.relate.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * What JPA's and relate's annotations on an element say, by name ({@code jakarta.persistence} and
 * {@code javax.persistence}): the relationship mapping, another JPA annotation, relate's
 * {@code @IgnoreMappings} and relate's own annotations.
 */
final class JpaElements {
    private static final List<String> PACKAGES = List.of("jakarta.persistence.", "javax.persistence.");
    private static final List<String> MAPPINGS = List.of("OneToMany", "ManyToOne", "OneToOne", "ManyToMany");

    private JpaElements() {
    }

    /** Whether a field carries one of relate's own annotations. */
    static boolean relateDeclared(Element field) {
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (RelKind.RELATE_ANNOTATIONS.contains(qualified)) {
                return true;
            }
        }
        return false;
    }

    /** The simple name of the JPA relationship mapping on the element, {@code OneToMany}. */
    static String mappingName(Element element) {
        return mappingOn(element).getAnnotationType().asElement().getSimpleName().toString();
    }

    /** The JPA relationship mapping on the element ({@code @OneToMany}, ...), or null. */
    static AnnotationMirror mappingOn(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            for (String pkg : PACKAGES) {
                if (qualified.startsWith(pkg) && MAPPINGS.contains(qualified.substring(pkg.length()))) {
                    return mirror;
                }
            }
        }
        return null;
    }

    /** Whether the element carries relate's {@code @IgnoreMappings}. */
    static boolean ignored(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(RelKind.IGNORE_MAPPINGS)) {
                return true;
            }
        }
        return false;
    }

    /** A JPA annotation of that simple name on the element, or null. */
    static AnnotationMirror annotation(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            String qualified = type.getQualifiedName().toString();
            if (type.getSimpleName().contentEquals(simpleName)
                    && PACKAGES.stream().anyMatch(pkg -> qualified.equals(pkg + simpleName))) {
                return mirror;
            }
        }
        return null;
    }
}
