package dev.relate.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads relationship annotations from fields through their mirrors. */
public final class DeclarationReader {
    private final Elements elements;

    public DeclarationReader(Elements elements) {
        this.elements = elements;
    }

    /** Every relationship annotation on the field, in source order (more than one is an error). */
    public List<Declaration> declarationsOn(VariableElement field) {
        List<Declaration> declarations = new ArrayList<>();
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            RelKind kind = kindOf(mirror);
            if (kind != null) {
                declarations.add(read(field, kind, mirror));
            }
        }
        return declarations;
    }

    /** The {@code @Backref} marker on the field, or null. */
    public AnnotationMirror backrefMarker(Element field) {
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(RelKind.BACKREF)) {
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
        Declaration.Table table = kind == RelKind.MANY_TO_MANY
                ? new Declaration.Table(secondary, leftColumn, rightColumn)
                : null;
        return new Declaration(field, kind, mirror, backPopulates, backref, uselist, table);
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
