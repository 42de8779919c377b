package dev.relate.processor.read;

import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * Finds the classes whose fields another processor changes in the round relate reads them: Lombok's
 * {@code @FieldDefaults} and {@code @Value} make fields private (and final). Lombok changes the
 * source's tree, which javac shows as elements only in the next round, whichever processor runs
 * first; read before that, such a field looks package-private, and generated code that reads it
 * directly does not compile (or, for a class compiled alone, looks different from what a full build
 * wrote).
 */
public final class LaterFieldChanges {
    private static final Set<String> CHANGING = Set.of("lombok.experimental.FieldDefaults", "lombok.Value");

    private LaterFieldChanges() {
    }

    /** Whether one of {@code types} that {@code compiled} accepts carries an annotation that changes its fields. */
    public static boolean anyIn(Iterable<TypeElement> types, Predicate<TypeElement> compiled) {
        for (TypeElement type : types) {
            if (compiled.test(type) && changesFields(type)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changesFields(TypeElement type) {
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
            TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
            if (CHANGING.contains(annotationType.getQualifiedName().toString())) {
                return true;
            }
        }
        return false;
    }
}
