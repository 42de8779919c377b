package dev.relate.processor.read;

import dev.relate.processor.model.Access;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Finds how generated code in some packages reads and writes a field: the field itself where it
 * is visible, else its JavaBeans getter and setter.
 */
public final class AccessFinder {
    private final Types types;
    private final Visibility visibility;

    public AccessFinder(Types types, Visibility visibility) {
        this.types = types;
        this.visibility = visibility;
    }

    /**
     * The outcome of a search.
     *
     * @param access how to reach the field, or null when it cannot be
     * @param getter the getter's expected name
     * @param setter the setter's expected name
     * @param missing what is missing when {@code access} is null: "getter", "setter" or "both"
     */
    public record Found(Access access, String getter, String setter, String missing) {
    }

    /**
     * @param field the field
     * @param owner the class whose instances generated code reads it on
     * @param packages every package whose generated code uses it
     * @param needsSetter whether generated code must write it (scalar ends)
     */
    public Found find(VariableElement field, TypeElement owner, Collection<String> packages, boolean needsSetter) {
        String name = field.getSimpleName().toString();
        String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        String getterName = "get" + suffix;
        String setterName = "set" + suffix;
        boolean isFinal = field.getModifiers().contains(Modifier.FINAL);
        if (visibleFromAll(field, packages)) {
            return new Found(Access.direct(name, !isFinal), getterName, setterName, null);
        }
        TypeMirror type = types.asMemberOf((DeclaredType) owner.asType(), field);
        ExecutableElement getter = getter(owner, getterName, type, packages);
        ExecutableElement setter = setter(owner, setterName, type, packages);
        if (getter == null || (needsSetter && setter == null)) {
            String missing = getter == null && (needsSetter && setter == null) ? "both"
                    : getter == null ? "getter" : "setter";
            return new Found(null, getterName, setterName, missing);
        }
        return new Found(Access.accessors(name, getterName, setter == null ? null : setterName),
                getterName, setterName, null);
    }

    private ExecutableElement getter(TypeElement owner, String name, TypeMirror type, Collection<String> packages) {
        for (ExecutableElement method : Members.methods(owner, name, 0)) {
            TypeMirror returned = asMemberOf(owner, method).getReturnType();
            if (types.isSameType(returned, type) && visibleFromAll(method, packages)) {
                return method;
            }
        }
        return null;
    }

    private ExecutableElement setter(TypeElement owner, String name, TypeMirror type, Collection<String> packages) {
        for (ExecutableElement method : Members.methods(owner, name, 1)) {
            List<? extends TypeMirror> parameters = asMemberOf(owner, method).getParameterTypes();
            if (types.isSameType(parameters.get(0), type) && visibleFromAll(method, packages)) {
                return method;
            }
        }
        return null;
    }

    private ExecutableType asMemberOf(TypeElement owner, ExecutableElement method) {
        return (ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method);
    }

    private boolean visibleFromAll(Element member, Collection<String> packages) {
        for (String pkg : packages) {
            if (!visibility.memberVisibleFrom(member, pkg)) {
                return false;
            }
        }
        return true;
    }
}
