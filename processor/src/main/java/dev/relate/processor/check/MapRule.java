package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Shape;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The rules about map ends ({@code Map<K, E>} fields holding each element under its key attribute):
 * a map end is the collection end of a two-way one-to-many or many-to-many, declared with
 * {@code @OneToManyRel} or {@code @ManyToManyRel} and its {@code key}, which names an instance field
 * of the element class whose type the map's key type holds; a many-to-many's other end is a
 * collection; {@code key} is for map ends only.
 */
final class MapRule {
    private final Types types;
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;

    MapRule(Types types, DeclarationReader declarations, Diagnostics diagnostics) {
        this.types = types;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /** @return whether the link's map end, if it has one, is one relate keeps; false after reporting why not */
    boolean check(Link link) {
        Declaration declaration = link.declaration();
        Shape.Many map = mapOf(link.end());
        if (map == null && !declaration.mapKey().isEmpty()) {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("key"),
                    Message.KEY_WITHOUT_MAP, DisplayNames.display(declaration.field()), declaration.mapKey(),
                    DisplayNames.readable(declaration.field().asType()),
                    link.end().target() == null ? "E" : DisplayNames.simpleName(link.end().target()));
            return false;
        }
        if (map != null) {
            return checkOwnMap(link, map);
        }
        if (mapOf(link.inverse()) != null) {
            return checkOtherMap(link);
        }
        return true;
    }

    private static Shape.Many mapOf(ResolvedEnd end) {
        return end != null && end.shape() instanceof Shape.Many many && many.isMap() ? many : null;
    }

    /** The annotated field is the map. */
    private boolean checkOwnMap(Link link, Shape.Many map) {
        Declaration declaration = link.declaration();
        String display = DisplayNames.display(declaration.field());
        TypeElement target = map.target();
        if (declaration.kind() == RelKind.MANY_TO_MANY && mapOf(link.inverse()) != null) {
            return unsupported(declaration, null, display, Message.Part.MAP_BOTH_ENDS,
                    Message.Part.MAP_BOTH_ENDS_FIX.format(DisplayNames.display(link.inverse().owner(),
                            link.inverse().field())));
        }
        if (DeclarationReader.isAssociation(target)) {
            return unsupported(declaration, null, display, Message.Part.MAP_ASSOCIATIONS,
                    Message.Part.MAP_ASSOCIATIONS_FIX.format());
        }
        if (declaration.mapKey().isEmpty()) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, Message.MAP_WITHOUT_KEY, display,
                    DisplayNames.simpleName(target), Message.Part.ADD_KEY.format(declaration.display(),
                            DisplayNames.simpleName(target)));
            return false;
        }
        if (link.inverse() == null) {
            return unsupported(declaration, null, display, Message.Part.MAP_ONE_WAY,
                    Message.Part.MAP_ONE_WAY_FIX.format(DisplayNames.simpleName(target)));
        }
        if (declaration.acyclic() || inverseAcyclic(link)) {
            return unsupported(declaration, declaration.value("acyclic"), display, Message.Part.MAP_ACYCLIC,
                    Message.Part.MAP_ACYCLIC_FIX.format());
        }
        return checkKey(declaration, map);
    }

    private boolean inverseAcyclic(Link link) {
        List<Declaration> found = declarations.declarationsOn(link.inverse().field());
        return !found.isEmpty() && found.get(0).acyclic();
    }

    /** The other end is the map: it must declare itself, with its key. */
    private boolean checkOtherMap(Link link) {
        Declaration declaration = link.declaration();
        if (link.isBackPopulates()) {
            return true; // the map's own declaration is checked with its own field
        }
        VariableElement mapField = link.inverse().field();
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("backref"),
                Message.MAP_WITHOUT_KEY, DisplayNames.display(link.inverse().owner(), mapField),
                DisplayNames.simpleName(link.inverse().target()),
                Message.Part.BACKREF_MAP.format(DisplayNames.display(link.inverse().owner(), mapField),
                        declaration.fieldName(), DisplayNames.display(declaration.field())));
        return false;
    }

    /** Checks that {@code key} names an instance field of the element class that the map's key type holds. */
    private boolean checkKey(Declaration declaration, Shape.Many map) {
        String display = DisplayNames.display(declaration.field());
        TypeElement target = map.target();
        VariableElement key = Members.field(target, declaration.mapKey());
        if (key == null || key.getModifiers().contains(Modifier.STATIC)) {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("key"),
                    Message.KEY_NOT_FOUND, display, declaration.mapKey(), DisplayNames.simpleName(target),
                    DisplayNames.simpleName(target));
            return false;
        }
        TypeMirror type = types.asMemberOf((DeclaredType) target.asType(), key);
        TypeMirror held = type.getKind().isPrimitive() ? types.boxedClass(types.getPrimitiveType(type.getKind()))
                .asType() : type;
        if (type.getKind() == TypeKind.ERROR) {
            return false;
        }
        if (!types.isAssignable(held, map.key())) {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("key"), Message.KEY_TYPE,
                    display, declaration.mapKey(), DisplayNames.display(target, key), DisplayNames.readable(type),
                    DisplayNames.readable(map.key()));
            return false;
        }
        return true;
    }

    private boolean unsupported(Declaration declaration, javax.lang.model.element.AnnotationValue value,
            String display, Message.Part what, String fix) {
        diagnostics.error(declaration.site(), declaration.mirror(), value, Message.MAP_UNSUPPORTED, display,
                what.format(), fix);
        return false;
    }
}
