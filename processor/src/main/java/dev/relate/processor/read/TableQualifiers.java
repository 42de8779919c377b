package dev.relate.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The catalog and schema that JPA's {@code @Table} on an entity, or {@code @JoinTable} on a mapping,
 * puts a table in: the parts before the table's name in SQL ({@code shop.books}).
 */
public final class TableQualifiers {
    private TableQualifiers() {
    }

    /**
     * A qualifier as written: the attribute that gives it ({@code catalog}, {@code schema}) and its value.
     */
    public record Part(String attribute, String name) {
    }

    /** The catalog and schema of the class's {@code @Table}, in that order, those it gives. */
    public static List<Part> ofTable(TypeElement type) {
        return parts(JpaElements.annotation(type, "Table"));
    }

    /** The catalog and schema of the first {@code @JoinTable} on the fields given, those it gives. */
    public static List<Part> ofJoinTable(List<VariableElement> fields) {
        for (VariableElement field : fields) {
            AnnotationMirror joinTable = JpaElements.annotation(field, "JoinTable");
            if (joinTable != null) {
                return parts(joinTable);
            }
        }
        return List.of();
    }

    /** {@code shop.books}: the qualifiers and the name, joined by dots. */
    public static String qualified(List<Part> qualifiers, String name) {
        StringBuilder out = new StringBuilder();
        for (Part part : qualifiers) {
            out.append(part.name()).append('.');
        }
        return out.append(name).toString();
    }

    private static List<Part> parts(AnnotationMirror mirror) {
        List<Part> parts = new ArrayList<>();
        for (String attribute : List.of("catalog", "schema")) {
            String value = value(mirror, attribute);
            if (!value.isEmpty()) {
                parts.add(new Part(attribute, value));
            }
        }
        return parts;
    }

    private static String value(AnnotationMirror mirror, String attribute) {
        if (mirror == null) {
            return "";
        }
        for (var entry : mirror.getElementValues().entrySet()) {
            ExecutableElement key = entry.getKey();
            AnnotationValue value = entry.getValue();
            if (key.getSimpleName().contentEquals(attribute) && value.getValue() instanceof String text) {
                return text.strip();
            }
        }
        return "";
    }
}
