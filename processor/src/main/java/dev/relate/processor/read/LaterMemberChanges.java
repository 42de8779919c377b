package dev.relate.processor.read;

import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Finds the classes whose members another processor changes in the round relate reads them: Lombok's
 * annotations, on a class or on its members, add constructors, methods and fields ({@code @Builder},
 * {@code @AllArgsConstructor}, {@code @Getter}, {@code @Setter}, {@code @With}, {@code @Data}, ...), remove
 * javac's default constructor ({@code @Builder}, {@code @AllArgsConstructor}), rename accessors
 * ({@code @Accessors}) and make fields private ({@code @FieldDefaults}, {@code @Value}). Lombok changes
 * the source's tree: javac shows what it added as elements only after the processor that runs after
 * relate has run, and what it changed in fields only in the next round, whichever processor runs
 * first. Read before that, such a class looks as the source wrote it: generated code calls a
 * constructor Lombok removed or reads a field Lombok made private, a method Lombok adds silently
 * replaces one relate writes, an id behind a getter Lombok adds looks unreadable.
 *
 * <p>Every annotation of Lombok's packages counts but {@code lombok.Generated}, which marks what
 * Lombok wrote: one Lombok does not change members with costs a round, and a new one is covered.
 */
public final class LaterMemberChanges {
    private static final String LOMBOK = "lombok.";
    private static final String LOMBOK_GENERATED = "lombok.Generated";

    private LaterMemberChanges() {
    }

    /** Whether one of {@code types} that {@code compiled} accepts carries an annotation that changes its members. */
    public static boolean anyIn(Iterable<TypeElement> types, Predicate<TypeElement> compiled) {
        for (TypeElement type : types) {
            if (compiled.test(type) && changesMembers(type)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the class, or one of its fields, methods or constructors, carries one of Lombok's annotations. */
    private static boolean changesMembers(TypeElement type) {
        if (carriesLombok(type)) {
            return true;
        }
        for (Element member : type.getEnclosedElements()) {
            if (!(member instanceof TypeElement) && carriesLombok(member)) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriesLombok(Element element) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            String name = ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
            if (name.startsWith(LOMBOK) && !name.equals(LOMBOK_GENERATED)) {
                return true;
            }
        }
        return false;
    }
}
