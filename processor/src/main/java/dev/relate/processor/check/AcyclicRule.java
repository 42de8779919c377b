package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The rule about {@code acyclic = true}: only a self-referential one-to-many, a tree whose collection
 * holds objects of the owner's class hierarchy, can refuse cycles, because only there can links make
 * one, and only a two-way one-to-many lets the runtime walk up from an object to its ancestors.
 */
final class AcyclicRule {
    private final Types types;
    private final Diagnostics diagnostics;

    AcyclicRule(Types types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /** @return whether the link may be what its declaration says; false after reporting why not */
    boolean check(Link link) {
        Declaration declaration = link.declaration();
        if (!declaration.acyclic()) {
            return true;
        }
        String reason = reason(link);
        if (reason == null) {
            return true;
        }
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("acyclic"),
                Message.ACYCLIC_NOT_TREE, DisplayNames.display(declaration.field()), reason);
        return false;
    }

    /** Why the link cannot be a tree, or null when it can. */
    private String reason(Link link) {
        if (link.inverse() == null) {
            return Message.Part.ACYCLIC_ONE_WAY.format();
        }
        ResolvedEnd collection = link.end().isCollection() ? link.end()
                : link.inverse().isCollection() ? link.inverse() : null;
        if (collection == null) {
            return Message.Part.ACYCLIC_ONE_TO_ONE.format(DisplayNames.display(link.end().field()),
                    DisplayNames.display(link.inverse().field()));
        }
        TypeElement owner = collection.owner();
        TypeElement target = collection.target();
        if (!sameHierarchy(owner, target)) {
            return Message.Part.ACYCLIC_NOT_SELF.format(DisplayNames.simpleName(owner),
                    DisplayNames.simpleName(target));
        }
        return null;
    }

    /** Whether one of the two classes is the other or a subclass of it. */
    private boolean sameHierarchy(TypeElement one, TypeElement other) {
        TypeMirror a = types.erasure(one.asType());
        TypeMirror b = types.erasure(other.asType());
        return types.isSubtype(a, b) || types.isSubtype(b, a);
    }
}
