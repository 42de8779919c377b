package dev.relate.processor.check;

import dev.relate.processor.model.End;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Finds how generated code reaches each end's field, and builds the end's model. */
final class AccessRules {
    private final Types types;
    private final AccessFinder accessFinder;
    private final EndFactory endFactory;
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;

    AccessRules(Types types, AccessFinder accessFinder, EndFactory endFactory, DeclarationReader declarations,
            Diagnostics diagnostics) {
        this.types = types;
        this.accessFinder = accessFinder;
        this.endFactory = endFactory;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /**
     * @param own whether the end is the one the declaration annotates; a backPopulates end reports
     *     its errors on its own annotation, a backref target on the backref value
     * @return the end's model, or null after reporting that generated code cannot reach the field
     */
    End end(ResolvedEnd end, Link link, Set<String> packages, boolean own) {
        AccessFinder.Found found = accessFinder.find(end.field(), end.owner(), packages, !end.isCollection());
        if (found.access() != null) {
            return endFactory.create(end, found.access(), packages);
        }
        String type = DisplayNames.readable(types.asMemberOf((DeclaredType) end.owner().asType(), end.field()));
        String getter = Message.Part.GETTER.format(found.getter());
        String setter = Message.Part.SETTER.format(found.setter(), type);
        String missing = switch (found.missing()) {
            case "getter" -> getter;
            case "setter" -> setter;
            default -> Message.Part.GETTER_AND_SETTER.format(getter, setter);
        };
        List<String> names = List.copyOf(packages);
        String where = names.size() == 1 ? Message.Part.PACKAGE.format(names.get(0))
                : Message.Part.PACKAGES.format(String.join(", ", names.subList(0, names.size() - 1)),
                        names.get(names.size() - 1));
        String display = DisplayNames.display(end.owner(), end.field());
        Message.Part visible = names.size() == 1 ? Message.Part.PACKAGE_PRIVATE_OR_PUBLIC : Message.Part.PUBLIC;
        TypeMirror returned = found.missing().equals("setter") ? null : getterType(end, found.getter());
        TypeMirror taken = found.missing().equals("setter") ? setterType(end, found.setter()) : null;
        if (returned != null) {
            report(end, link, own, Message.GETTER_TYPE, display, where, found.getter(), DisplayNames.readable(returned),
                    type, visible);
        } else if (taken != null) {
            report(end, link, own, Message.SETTER_TYPE, display, where, found.setter(), DisplayNames.readable(taken),
                    type, visible);
        } else {
            report(end, link, own, Message.NO_ACCESSORS, display, where, missing, visible);
        }
        return null;
    }

    /** The type the end's getter returns, when it has one of that name (the nearest) but not of the field's type. */
    private TypeMirror getterType(ResolvedEnd end, String getter) {
        DeclaredType owner = (DeclaredType) end.owner().asType();
        List<ExecutableElement> methods = Members.methods(end.owner(), getter, 0);
        if (methods.isEmpty()) {
            return null;
        }
        TypeMirror returned = ((ExecutableType) types.asMemberOf(owner, methods.get(0))).getReturnType();
        return types.isSameType(returned, types.asMemberOf(owner, end.field())) ? null : returned;
    }

    /**
     * The type the end's setter takes, when it has one of that name (the nearest) but none taking the
     * field's type.
     */
    private TypeMirror setterType(ResolvedEnd end, String setter) {
        DeclaredType owner = (DeclaredType) end.owner().asType();
        TypeMirror field = types.asMemberOf(owner, end.field());
        List<ExecutableElement> methods = Members.methods(end.owner(), setter, 1);
        for (ExecutableElement method : methods) {
            if (types.isSameType(((ExecutableType) types.asMemberOf(owner, method)).getParameterTypes().get(0),
                    field)) {
                return null;
            }
        }
        return methods.isEmpty() ? null
                : ((ExecutableType) types.asMemberOf(owner, methods.get(0))).getParameterTypes().get(0);
    }

    /**
     * Reports that generated code cannot reach an end: on its own annotation, on the other end's when
     * that names it with backPopulates, else on the backref value that names it.
     */
    private void report(ResolvedEnd end, Link link, boolean own, Message message, Object... args) {
        Declaration declaration = link.declaration();
        if (own) {
            diagnostics.error(declaration.site(), declaration.mirror(), null, message, args);
        } else if (link.isBackPopulates()) {
            Declaration other = declarationOn(end.field());
            diagnostics.error(other == null ? end.field() : other.site(), other == null ? null : other.mirror(), null,
                    message, args);
        } else {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("backref"), message, args);
        }
    }

    private Declaration declarationOn(VariableElement field) {
        List<Declaration> found = declarations.declarationsOn(field);
        return found.isEmpty() ? null : found.get(0);
    }
}
