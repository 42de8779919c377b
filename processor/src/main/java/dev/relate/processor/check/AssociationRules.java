package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.AssociationDeclaration;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
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
     * @param declaration a class annotated with {@code @AssociationObject}, read
     * @param built the relationship of every end that checked out, by field, seen from that field
     * @return the association, or null after reporting why there is none (or when its ends were
     *     reported already)
     */
    AssociationClass check(AssociationDeclaration declaration, Map<VariableElement, Relationship> built) {
        TypeElement type = declaration.type();
        AnnotationMirror mirror = declaration.mirror();
        List<VariableElement> ends = ends(type);
        String name = DisplayNames.simpleName(type);
        if (ends.size() != 2) {
            diagnostics.error(type, mirror, null, Message.ASSOCIATION_ENDS, name, describe(ends));
            return poisoned(type, ends, built);
        }
        VariableElement left = ends.get(0);
        VariableElement right = ends.get(1);
        String leftName = declaration.left();
        String rightName = declaration.right();
        boolean named = true;
        for (String attribute : List.of("left", "right")) {
            String given = attribute.equals("left") ? leftName : rightName;
            if (!given.isEmpty() && ends.stream().noneMatch(end -> end.getSimpleName().contentEquals(given))) {
                diagnostics.error(type, mirror, declaration.value(attribute), Message.ASSOCIATION_SIDE,
                        attribute, given, name, left.getSimpleName() + ", " + right.getSimpleName());
                named = false;
            }
        }
        if (!named) {
            return poisoned(type, ends, built);
        }
        if (!leftName.isEmpty() && leftName.equals(rightName)) {
            String other = (left.getSimpleName().contentEquals(leftName) ? right : left).getSimpleName().toString();
            diagnostics.error(type, mirror, declaration.value("right"), Message.ASSOCIATION_SAME_END, leftName,
                    rightName, name, other);
            return poisoned(type, ends, built);
        }
        if (left.getSimpleName().contentEquals(rightName) || right.getSimpleName().contentEquals(leftName)) {
            VariableElement swap = left;
            left = right;
            right = swap;
        }
        Relationship leftEnd = built.get(left);
        Relationship rightEnd = built.get(right);
        if (leftEnd == null || rightEnd == null) {
            return poisoned(type, ends, built); // the end's own errors were reported on it
        }
        ClassName self = ClassName.get(type);
        for (VariableElement field : List.of(left, right)) {
            Relationship end = built.get(field);
            if (end.inverse() != null && !end.end().owner().equals(self)) {
                // an end inherited from a superclass that another association class shares: it is theirs,
                // and so are the collections on its other side, whose helpers are not this class's concern
                diagnostics.error(type, mirror, null, Message.ASSOCIATION_END_ELSEWHERE, name,
                        DisplayNames.display(field),
                        end.inverse().displayName(), String.join(".", end.end().owner().simpleNames()));
                return poisoned(type, List.of(), built);
            }
        }
        if (leftName.isEmpty() && rightName.isEmpty() && leftEnd.end().target().equals(rightEnd.end().target())) {
            diagnostics.error(type, mirror, null, Message.ASSOCIATION_SIDES_UNSAID, name,
                    String.join(".", leftEnd.end().target().simpleNames()), left.getSimpleName(),
                    right.getSimpleName());
            return poisoned(type, ends, built);
        }
        boolean fits = checkEnd(type, left, leftEnd) & checkEnd(type, right, rightEnd);
        if (!fits) {
            return poisoned(type, ends, built);
        }
        return new AssociationClass(self, leftEnd, rightEnd, creation(type, leftEnd, rightEnd),
                declaration.unique(), declaration.table(), extras(type, left, right));
    }

    /** The extra data of an association class: its instance fields that are neither of its ends nor other ends. */
    private List<AssociationClass.Extra> extras(TypeElement type, VariableElement left, VariableElement right) {
        List<AssociationClass.Extra> extras = new ArrayList<>();
        for (VariableElement field : Members.fieldOrder(type)) {
            if (field.equals(left) || field.equals(right) || field.getModifiers().contains(Modifier.STATIC)
                    || !declarations.declarationsOn(field).isEmpty()) {
                continue;
            }
            extras.add(new AssociationClass.Extra(field.getSimpleName().toString(), TypeName.get(field.asType())));
        }
        return List.copyOf(extras);
    }

    private boolean checkEnd(TypeElement type, VariableElement field, Relationship end) {
        List<Declaration> found = declarations.declarationsOn(field);
        String display = DisplayNames.display(field);
        String name = DisplayNames.simpleName(type);
        if (found.isEmpty()) {
            // a backref on the other side declared it: @OneToManyRel(backref = ...), which uselist = false
            // makes a single object
            Declaration managing = managingBackref(field);
            if (managing != null && end.inverse() != null && !end.inverse().isCollection()) {
                diagnostics.error(managing.site(), managing.mirror(), managing.value("uselist"),
                        Message.ASSOCIATION_END_SCALAR, display, name, end.inverse().displayName(),
                        Message.Part.REMOVE_USELIST);
                return false;
            }
            return true;
        }
        Declaration declaration = found.get(0);
        if (end.inverse() == null) {
            diagnostics.error(field, declaration.mirror(), null, Message.ASSOCIATION_END_ONE_WAY, display, name,
                    String.join(".", end.end().target().simpleNames()), field.getSimpleName());
            return false;
        }
        if (!end.inverse().isCollection()) {
            String fix = declaration.backPopulates().isEmpty() ? ""
                    : inverseIsOneToOneAlias(declaration) ? Message.Part.USE_ONE_TO_MANY.format()
                    : Message.Part.REMOVE_USELIST.format();
            diagnostics.error(field, declaration.mirror(), declaration.otherValue(),
                    Message.ASSOCIATION_END_SCALAR, display, name, end.inverse().displayName(), fix);
            return false;
        }
        return true;
    }

    /** Whether the other end that a declaration names with backPopulates is spelled {@code @OneToOneRel}. */
    private boolean inverseIsOneToOneAlias(Declaration declaration) {
        if (declaration.shape() instanceof Shape.Unfit) {
            return false;
        }
        VariableElement other = Members.field(declaration.shape().target(), declaration.backPopulates());
        return other != null && declarations.declarationsOn(other).stream().anyMatch(Declaration::isOneToOneAlias);
    }

    /**
     * The ends of an association class: its fields, inherited ones included, that carry
     * {@code @ManyToOneRel} ({@code @OneToOneRel} declares a one-to-one, never an association end).
     * Static ones count, as the ends they were meant to be: their own error is reported on them.
     */
    List<VariableElement> ends(TypeElement type) {
        List<VariableElement> ends = new ArrayList<>();
        for (VariableElement field : Members.fieldOrder(type)) {
            if (declarations.declarationsOn(field).stream()
                    .anyMatch(declaration -> declaration.kind() == RelKind.MANY_TO_ONE
                            && !declaration.isOneToOneAlias())
                    || managedByBackref(field)) {
                ends.add(field);
            }
        }
        return ends;
    }

    /**
     * Whether a field without a declaration of its own is the scalar end that a
     * {@code @OneToManyRel(backref = ...)} on the class it holds manages: an association end declared
     * from the collection side.
     */
    private boolean managedByBackref(VariableElement field) {
        return managingBackref(field) != null;
    }

    /** The {@code @OneToManyRel(backref = ...)} that manages a field without a declaration of its own, or null. */
    private Declaration managingBackref(VariableElement field) {
        if (!declarations.declarationsOn(field).isEmpty() || field.asType().getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement held = (TypeElement) ((DeclaredType) field.asType()).asElement();
        for (VariableElement candidate : Members.instanceFields(held)) {
            for (Declaration declaration : declarations.declarationsOn(candidate)) {
                if (declaration.kind() == RelKind.ONE_TO_MANY && declaration.backref().equals(
                        field.getSimpleName().toString())) {
                    return declaration;
                }
            }
        }
        return null;
    }

    /**
     * The classes whose helpers use a relationship besides the owners of its ends, by the package
     * their helpers are generated in: for an end of an association class, the left and the right
     * class, since the helpers of each navigate through the associations to the other. Empty for
     * every other relationship.
     *
     * @param ends the ends of one relationship
     */
    Map<String, TypeElement> alsoUsedBy(List<ResolvedEnd> ends) {
        Map<String, TypeElement> users = new TreeMap<>();
        for (ResolvedEnd end : ends) {
            if (end.isCollection() || declarations.associationOn(end.owner()) == null) {
                continue;
            }
            List<VariableElement> associationEnds = ends(end.owner());
            if (associationEnds.size() != 2 || !associationEnds.contains(end.field())) {
                continue;
            }
            for (VariableElement field : associationEnds) {
                // an ErrorType is a DeclaredType too: a type javac could not resolve has no helpers to be used by
                if (!field.getModifiers().contains(Modifier.STATIC) && field.asType().getKind() == TypeKind.DECLARED
                        && field.asType() instanceof DeclaredType declared
                        && declared.asElement() instanceof TypeElement side) {
                    users.putIfAbsent(visibility.packageOf(side), side);
                }
            }
        }
        return users;
    }

    /** Why relate cannot create objects of an association class it cannot create: the message that says so. */
    static Message notCreatable(AssociationClass association) {
        return switch (association.creation()) {
            case ABSTRACT -> Message.ASSOCIATION_ABSTRACT;
            case INNER -> Message.ASSOCIATION_INNER;
            default -> Message.ASSOCIATION_NOT_CREATABLE;
        };
    }

    /**
     * Whether generated code in every package involved can call a constructor without parameters,
     * and if not, why.
     */
    private AssociationClass.Creation creation(TypeElement type, Relationship left, Relationship right) {
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            return AssociationClass.Creation.ABSTRACT;
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            return AssociationClass.Creation.INNER;
        }
        if (type.getKind() != ElementKind.CLASS) {
            return AssociationClass.Creation.NO_CONSTRUCTOR;
        }
        Set<String> packages = new HashSet<>(List.of(visibility.packageOf(type), left.end().target().packageName(),
                right.end().target().packageName()));
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getThrownTypes().isEmpty()
                    && packages.stream().allMatch(pkg -> visibility.memberVisibleFrom(constructor, pkg))) {
                return AssociationClass.Creation.CONSTRUCTOR;
            }
        }
        return AssociationClass.Creation.NO_CONSTRUCTOR;
    }

    /**
     * Marks the association class as having errors, and the classes holding collections of it: the
     * helpers of the left and the right class would lack the navigation through the associations.
     */
    private AssociationClass poisoned(TypeElement type, List<VariableElement> ends,
            Map<VariableElement, Relationship> built) {
        diagnostics.poison(type);
        for (VariableElement end : ends) {
            Relationship relationship = built.get(end);
            if (relationship != null && relationship.inverse() != null && end.asType() instanceof DeclaredType declared
                    && declared.asElement() instanceof TypeElement side) {
                diagnostics.poison(side);
            }
        }
        return null;
    }

    private static String describe(List<VariableElement> ends) {
        if (ends.isEmpty()) {
            return Message.Part.NO_END.format();
        }
        List<String> names = new ArrayList<>();
        for (VariableElement end : ends) {
            names.add(end.getSimpleName().toString());
        }
        return ends.size() == 1 ? Message.Part.ONE_END.format(names.get(0))
                : Message.Part.ENDS.format(ends.size(), String.join(", ", names));
    }

}
