package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.ShapeReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** A {@code @Backref} field must be the other end of some declaration. */
final class BackrefMarkerRule {
    private final Types types;
    private final ShapeReader shapes;
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;

    BackrefMarkerRule(Types types, ShapeReader shapes, DeclarationReader declarations, Diagnostics diagnostics) {
        this.types = types;
        this.shapes = shapes;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /**
     * {@code fields}, followed by the declarations outside them that name one of their {@code @Backref}
     * fields: when an incremental build recompiles only the class of a backref target, its helpers
     * are still written from the declaration that manages it.
     */
    List<VariableElement> withDeclarationsNamingMarkers(List<VariableElement> fields) {
        Set<VariableElement> all = new LinkedHashSet<>(fields);
        for (VariableElement field : fields) {
            if (declarations.backrefMarker(field) == null || !declarations.declarationsOn(field).isEmpty()) {
                continue;
            }
            Shape shape = shapes.shapeOf(field.asType());
            if (shape instanceof Shape.Unfit) {
                continue;
            }
            TypeElement related = shape.target();
            for (VariableElement candidate : Members.instanceFields(related)) {
                TypeMirror type = types.asMemberOf((DeclaredType) related.asType(), candidate);
                for (Declaration declaration : declarations.declarationsOn(candidate)) {
                    if (otherEnds(declaration, type).contains(field)) {
                        all.add(candidate);
                    }
                }
            }
        }
        return new ArrayList<>(all);
    }

    /**
     * Adds the fields that the declarations on {@code field} name as their other end, by backref or
     * backPopulates: a {@code @Backref} field among them is no orphan, whatever else is wrong.
     */
    void collectNamed(VariableElement field, Set<VariableElement> named) {
        for (Declaration declaration : declarations.declarationsOn(field)) {
            named.addAll(otherEnds(declaration, field.asType()));
        }
    }

    /**
     * Reports a {@code @Backref} field that is the other end of no declaration: none in this round
     * ({@code named}), none in the class it relates to (which may come from a library). A
     * backPopulates naming it is reported on that declaration.
     */
    void check(VariableElement marker, Set<VariableElement> named) {
        if (named.contains(marker)) {
            return;
        }
        Shape shape = shapes.shapeOf(marker.asType());
        if (!(shape instanceof Shape.Unfit)) {
            TypeElement related = shape.target();
            for (VariableElement candidate : Members.instanceFields(related)) {
                TypeMirror type = types.asMemberOf((DeclaredType) related.asType(), candidate);
                for (Declaration declaration : declarations.declarationsOn(candidate)) {
                    if (otherEnds(declaration, type).contains(marker)) {
                        return;
                    }
                }
            }
        }
        String where = shape instanceof Shape.Unfit ? Message.Part.CLASS_IT_RELATES_TO.format()
                : DisplayNames.simpleName(shape.target());
        diagnostics.error(marker, declarations.backrefMarker(marker), null, Message.ORPHAN_BACKREF,
                DisplayNames.display(marker), where, marker.getSimpleName());
        diagnostics.poison((TypeElement) marker.getEnclosingElement());
    }

    /** The fields a declaration names as its other end, on the class its field's type relates to. */
    private List<VariableElement> otherEnds(Declaration declaration, TypeMirror type) {
        Shape shape = shapes.shapeOf(type);
        if (shape instanceof Shape.Unfit) {
            return List.of();
        }
        List<VariableElement> ends = new ArrayList<>();
        for (String name : List.of(declaration.backref(), declaration.backPopulates())) {
            VariableElement other = name.isEmpty() ? null : Members.field(shape.target(), name);
            if (other != null) {
                ends.add(other);
            }
        }
        return ends;
    }
}
