package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.Visibility;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** The rules about an annotated field on its own: its modifiers, its class and its type. */
final class FieldRules {
    private final Diagnostics diagnostics;

    FieldRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Checks the field that a declaration annotates.
     *
     * @return its shape when it can be the end the annotation declares; null after reporting why not
     */
    Shape check(Declaration declaration) {
        VariableElement field = declaration.field();
        Element at = declaration.site();
        AnnotationMirror mirror = declaration.mirror();
        String display = DisplayNames.display(field);
        // a JPA mapping's classes are checked with its relationship, once relate knows whether JPA's
        // mappings alone declare it (OwnerRules): where they do, JPA accepts what relate cannot serve
        boolean fits = declaration.isJpa() || checkClass(declaration.declaringType(), at, mirror);
        boolean implicitlyStatic = field.getKind() == ElementKind.ENUM_CONSTANT
                || declaration.declaringType().getKind().isInterface();
        if (field.getModifiers().contains(Modifier.STATIC)) {
            diagnostics.error(at, mirror, null, Message.STATIC_FIELD, display, !implicitlyStatic
                    ? Message.Part.REMOVE_STATIC : field.getKind() == ElementKind.ENUM_CONSTANT
                            ? Message.Part.STATIC_ENUM_CONSTANT : Message.Part.STATIC_INTERFACE_FIELD);
            fits = false;
        }
        Shape shape = declaration.shape();
        if (shape instanceof Shape.Unfit unfit) {
            reportUnfit(at, mirror, null, display, unfit);
            return null;
        }
        if (!fitsKind(declaration, shape, display)) {
            return null;
        }
        // so are the rules about a JPA mapping's field that JPA accepts: checkMapped, with the relationship
        if (fits && !declaration.isJpa() && !checkHolder(declaration.declaringType(), field, shape, at, mirror, null)) {
            return null;
        }
        // implicitly static fields are implicitly final too: the static error says all there is to do
        if (!declaration.isJpa() && !implicitlyStatic && !checkNotFinal(declaration, shape)) {
            fits = false;
        }
        if (declaration.table() != null && declaration.table().bothWays()) {
            diagnostics.error(at, mirror, declaration.value("joinColumn"), Message.COLUMNS_BOTH_WAYS, display,
                    DisplayNames.simpleName(declaration.declaringType()), DisplayNames.simpleName(shape.target()));
            fits = false;
        }
        return fits ? shape : null;
    }

    /**
     * The rules about a JPA mapping's own field that {@link #check} leaves to its relationship, as JPA
     * accepts what they reject: its class holds links of its own for each object, and a scalar end is
     * not final. Where JPA's mappings alone declare the relationship, what they find is a warning.
     *
     * @return whether the field can be the end the mapping declares
     */
    boolean checkMapped(Declaration declaration, Shape shape) {
        return checkHolder(declaration.declaringType(), declaration.field(), shape, declaration.site(),
                declaration.mirror(), null) && checkNotFinal(declaration, shape);
    }

    /** Whether the field is not a final scalar end, which relate could not assign; reported where it is. */
    private boolean checkNotFinal(Declaration declaration, Shape shape) {
        VariableElement field = declaration.field();
        if (shape instanceof Shape.Scalar && field.getModifiers().contains(Modifier.FINAL)) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, Message.FINAL_SCALAR,
                    DisplayNames.display(field), finalFix(field));
            return false;
        }
        return true;
    }

    private boolean fitsKind(Declaration declaration, Shape shape, String display) {
        VariableElement field = declaration.field();
        String type = DisplayNames.readable(field.asType());
        boolean collection = shape instanceof Shape.Many;
        if (declaration.isOneToOneAlias() && collection) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, Message.ONE_TO_ONE_COLLECTION, display,
                    type, DisplayNames.simpleName(shape.target()));
            return false;
        }
        if (declaration.kind() == RelKind.MANY_TO_ONE && collection) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, Message.MANY_TO_ONE_COLLECTION, display,
                    type);
            return false;
        }
        if (declaration.kind() == RelKind.ONE_TO_MANY && declaration.uselist() && !collection) {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("uselist"),
                    Message.NOT_A_COLLECTION, display, type);
            return false;
        }
        if (declaration.kind() == RelKind.MANY_TO_MANY && !collection) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, Message.MANY_TO_MANY_SCALAR, display,
                    type);
            return false;
        }
        if (declaration.kind() == RelKind.ONE_TO_MANY && !declaration.uselist() && collection) {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("uselist"),
                    Message.USELIST_CONTRADICTS, display, DisplayNames.simpleName(shape.target()));
            return false;
        }
        return true;
    }

    /** How to make a final scalar field assignable: the fields of a record stay final. */
    static String finalFix(VariableElement field) {
        return field.getEnclosingElement().getKind() == ElementKind.RECORD
                ? Message.Part.FINAL_RECORD_FIELD.format(
                        DisplayNames.simpleName((TypeElement) field.getEnclosingElement()))
                : Message.Part.REMOVE_FINAL.format();
    }

    /**
     * Checks that the class holding an end has links of its own for each object: an enum's objects
     * are shared constants, and a record is a value whose equality reads its collections.
     *
     * @param at where to report, with the annotation and value given
     */
    boolean checkHolder(TypeElement holder, VariableElement field, Shape shape, Element at, AnnotationMirror mirror,
            AnnotationValue value) {
        String display = DisplayNames.display(holder, field);
        String name = DisplayNames.simpleName(holder);
        if (holder.getKind() == ElementKind.ENUM) {
            diagnostics.error(at, mirror, value, Message.ENUM_END, display, name);
            return false;
        }
        if (holder.getKind() == ElementKind.RECORD && shape instanceof Shape.Many) {
            diagnostics.error(at, mirror, value, Message.RECORD_COLLECTION, display, name);
            return false;
        }
        return true;
    }

    /** Checks that generated code can name the class that owns an end. */
    boolean checkClass(TypeElement type, Element at, AnnotationMirror mirror) {
        String what = notNamedBecause(type);
        if (what != null) {
            diagnostics.error(at, mirror, null, Message.OWNER_NOT_NAMED, DisplayNames.simpleName(type), what);
            return false;
        }
        TypeElement generic = Members.genericClassOf(type);
        if (generic == type) {
            diagnostics.error(at, mirror, null, Message.GENERIC_OWNER, DisplayNames.simpleName(type),
                    Message.Part.DECLARES_TYPE_PARAMETERS, Message.Part.DECLARES_TYPE_PARAMETERS_FIX);
            return false;
        }
        if (generic != null) {
            diagnostics.error(at, mirror, null, Message.GENERIC_OWNER, DisplayNames.simpleName(type),
                    Message.Part.INNER_CLASS_OF_GENERIC.format(DisplayNames.simpleName(generic)),
                    Message.Part.INNER_CLASS_OF_GENERIC_FIX.format(DisplayNames.simpleName(type)));
            return false;
        }
        return true;
    }

    /** Reports why a type cannot be an end, on the element, annotation and value given. */
    void reportUnfit(Element at, AnnotationMirror mirror, AnnotationValue value, String display, Shape.Unfit unfit) {
        Message message = switch (unfit.problem()) {
            case NOT_A_CLASS -> Message.NOT_A_CLASS;
            case TYPE_VARIABLE -> Message.TYPE_VARIABLE;
            case RAW_COLLECTION -> Message.RAW_COLLECTION;
            case WILDCARD_COLLECTION -> Message.WILDCARD_COLLECTION;
            case UNSUPPORTED_COLLECTION -> Message.UNSUPPORTED_COLLECTION;
            case GENERIC_TARGET -> Message.GENERIC_TARGET;
            case UNRESOLVED -> null;
        };
        if (message != null) {
            diagnostics.error(at, mirror, value, message, display, DisplayNames.readable(unfit.typeText()));
        }
    }

    private static String notNamedBecause(TypeElement type) {
        Element current = type;
        while (current instanceof TypeElement typeElement) {
            if (typeElement.getNestingKind() == NestingKind.LOCAL) {
                return Message.Part.LOCAL_CLASS.format();
            }
            if (typeElement.getNestingKind() == NestingKind.ANONYMOUS) {
                return Message.Part.ANONYMOUS_CLASS.format();
            }
            if (typeElement.getModifiers().contains(Modifier.PRIVATE)) {
                return current == type ? Message.Part.PRIVATE.format()
                        : Message.Part.INSIDE_PRIVATE_CLASS.format(DisplayNames.simpleName(typeElement));
            }
            current = current.getEnclosingElement();
        }
        return Visibility.isNamed(type) ? null : Message.Part.NOT_A_CLASS.format();
    }
}
