package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** The rules about association classes: two many-to-one ends, each the inverse of a collection of them. */
final class AssociationRules {
    private final DeclarationReader declarations;
    private final Visibility visibility;
    private final Diagnostics diagnostics;

    AssociationRules(DeclarationReader declarations, Visibility visibility, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.visibility = visibility;
        this.diagnostics = diagnostics;
    }

    /**
     * @param type a class annotated with {@code @AssociationObject}
     * @param built the relationship of every end that checked out, by field, seen from that field
     * @return the association, or null after reporting why there is none (or when its ends were
     *     reported already)
     */
    AssociationClass check(TypeElement type, Map<VariableElement, Relationship> built) {
        AnnotationMirror mirror = mirror(type);
        List<VariableElement> ends = new ArrayList<>();
        for (VariableElement field : RelationshipChecker.fieldOrder(type)) {
            if (!field.getModifiers().contains(Modifier.STATIC) && declarations.declarationsOn(field).stream()
                    .anyMatch(declaration -> declaration.kind() == RelKind.MANY_TO_ONE)) {
                ends.add(field);
            }
        }
        String name = Shapes.simpleName(type);
        if (ends.size() != 2) {
            diagnostics.error(type, mirror, null, Message.ASSOCIATION_ENDS, name, describe(ends));
            return poisoned(type);
        }
        VariableElement left = ends.get(0);
        VariableElement right = ends.get(1);
        String leftName = value(mirror, "left");
        String rightName = value(mirror, "right");
        for (String attribute : List.of("left", "right")) {
            String given = attribute.equals("left") ? leftName : rightName;
            if (!given.isEmpty() && ends.stream().noneMatch(end -> end.getSimpleName().contentEquals(given))) {
                diagnostics.error(type, mirror, attributeValue(mirror, attribute), Message.ASSOCIATION_SIDE,
                        attribute, given, name, left.getSimpleName() + ", " + right.getSimpleName());
                return poisoned(type);
            }
        }
        if (left.getSimpleName().contentEquals(rightName) || right.getSimpleName().contentEquals(leftName)) {
            VariableElement swap = left;
            left = right;
            right = swap;
        }
        Relationship leftEnd = built.get(left);
        Relationship rightEnd = built.get(right);
        if (leftEnd == null || rightEnd == null) {
            return poisoned(type); // the end's own errors were reported on it
        }
        if (leftName.isEmpty() && rightName.isEmpty() && leftEnd.end().target().equals(rightEnd.end().target())) {
            diagnostics.error(type, mirror, null, Message.ASSOCIATION_SIDES_UNSAID, name,
                    leftEnd.end().target().simpleName(), left.getSimpleName(), right.getSimpleName());
            return poisoned(type);
        }
        boolean fits = checkEnd(type, left, leftEnd) & checkEnd(type, right, rightEnd);
        if (!fits) {
            return poisoned(type);
        }
        return new AssociationClass(ClassName.get(type), leftEnd, rightEnd, creatable(type, leftEnd, rightEnd));
    }

    private boolean checkEnd(TypeElement type, VariableElement field, Relationship end) {
        AnnotationMirror mirror = declarations.declarationsOn(field).get(0).mirror();
        String display = Shapes.display(field);
        if (end.inverse() == null) {
            diagnostics.error(field, mirror, null, Message.ASSOCIATION_END_ONE_WAY, display, Shapes.simpleName(type),
                    Shapes.simpleName(type));
            return false;
        }
        if (!end.inverse().isCollection()) {
            diagnostics.error(field, mirror, null, Message.ASSOCIATION_END_SCALAR, display, Shapes.simpleName(type),
                    end.inverse().displayName(), end.inverse().displayName(), Shapes.simpleName(type));
            return false;
        }
        return true;
    }

    /** Whether generated code in every package involved can call a constructor without parameters. */
    private boolean creatable(TypeElement type, Relationship left, Relationship right) {
        if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)
                || (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC))) {
            return false;
        }
        Set<String> packages = new HashSet<>(List.of(visibility.packageOf(type), left.end().target().packageName(),
                right.end().target().packageName()));
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getThrownTypes().isEmpty()
                    && packages.stream().allMatch(pkg -> visibility.memberVisibleFrom(constructor, pkg))) {
                return true;
            }
        }
        return false;
    }

    private AssociationClass poisoned(TypeElement type) {
        diagnostics.poison(type);
        return null;
    }

    private static String describe(List<VariableElement> ends) {
        if (ends.isEmpty()) {
            return "no @ManyToOneRel field";
        }
        List<String> names = new ArrayList<>();
        for (VariableElement end : ends) {
            names.add(end.getSimpleName().toString());
        }
        return ends.size() == 1 ? "one @ManyToOneRel field, " + names.get(0)
                : ends.size() + " @ManyToOneRel fields, " + String.join(", ", names);
    }

    static AnnotationMirror mirror(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(RelKind.ASSOCIATION_OBJECT)) {
                return mirror;
            }
        }
        return null;
    }

    private static String value(AnnotationMirror mirror, String attribute) {
        AnnotationValue value = attributeValue(mirror, attribute);
        return value != null && value.getValue() instanceof String s ? s.strip() : "";
    }

    private static AnnotationValue attributeValue(AnnotationMirror mirror, String attribute) {
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
}
