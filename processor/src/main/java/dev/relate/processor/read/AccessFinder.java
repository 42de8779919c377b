package dev.relate.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
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
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how generated code in some packages reads and writes a field: the field itself where it
 * is visible; else, where the field has its JavaBeans getter and setter, through {@code MethodHandle}s
 * when compiling for Java 9 or later (so that those accessors may call relate), or through the
 * accessors themselves for Java 8. A field that JPA's mappings alone make an end needs no accessors where
 * generated code reaches it through its handle.
 */
public final class AccessFinder {
    private final Types types;
    private final Visibility visibility;
    private final Reach reach;
    private final boolean proxies;

    /** How generated code reaches a private field that has accessors. */
    public enum Reach {
        /** Through field handles: the compilation targets Java 9 or later. */
        HANDLES,
        /** Through the accessors: the compilation targets Java 8. */
        ACCESSORS_FOR_JAVA_8,
        /** Through the accessors: the build asked for them ({@code -Arelate.accessors}). */
        ACCESSORS_ASKED_FOR
    }

    /** An access finder for Java 8: accessors, never handles. */
    public AccessFinder(Types types, Visibility visibility) {
        this(types, visibility, Reach.ACCESSORS_FOR_JAVA_8, false);
    }

    /**
     * @param proxies whether objects may be Hibernate proxies, which generated code reaching a field
     *     through its handle unwraps first: JPA is on the compile class path ({@link #jpaOnClassPath})
     */
    public AccessFinder(Types types, Visibility visibility, Reach reach, boolean proxies) {
        this.types = types;
        this.visibility = visibility;
        this.reach = reach;
        this.proxies = proxies;
    }

    /**
     * Whether JPA's {@code Entity} (jakarta or javax) is on the compile class path. Without it no
     * class of the compilation is an entity, and a proxy of one of its objects cannot exist.
     */
    public static boolean jpaOnClassPath(Elements elements) {
        return elements.getTypeElement("jakarta.persistence.Entity") != null
                || elements.getTypeElement("javax.persistence.Entity") != null;
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
        return find(field, owner, packages, needsSetter, true);
    }

    /**
     * @param field the field
     * @param owner the class whose instances generated code reads it on
     * @param packages every package whose generated code uses it
     * @param needsSetter whether generated code must write it (scalar ends)
     * @param accessorsRequired whether a private field needs its accessors even where generated code reaches
     *     it through its handle, so that one class compiles for Java 8 too: false for a field that JPA's
     *     mappings alone make an end, which under JPA's field access needs no accessors
     */
    public Found find(VariableElement field, TypeElement owner, Collection<String> packages, boolean needsSetter,
            boolean accessorsRequired) {
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
        TypeElement declaring = (TypeElement) field.getEnclosingElement();
        boolean handles = reach == Reach.HANDLES && visibleFromAll(declaring, packages)
                && visibleFromAll(owner, packages);
        if (handles && !accessorsRequired && (getter == null || setter == null)) {
            return new Found(Access.handle(name, null, null, !isFinal, handle(field, owner, declaring, type)),
                    getterName, setterName, null);
        }
        if (getter == null || (needsSetter && setter == null)) {
            String missing = getter == null && (needsSetter && setter == null) ? "both"
                    : getter == null ? "getter" : "setter";
            return new Found(null, getterName, setterName, missing);
        }
        String setterOrNull = setter == null ? null : setterName;
        if (handles) {
            return new Found(Access.handle(name, getterName, setterOrNull, setter != null && !isFinal,
                    handle(field, owner, declaring, type)), getterName, setterName, null);
        }
        return new Found(Access.accessors(name, getterName, setterOrNull), getterName, setterName, null);
    }

    private Access.Handle handle(VariableElement field, TypeElement owner, TypeElement declaring, TypeMirror type) {
        boolean unwrap = proxies && !owner.getModifiers().contains(Modifier.FINAL);
        return new Access.Handle(ClassName.get(owner), ClassName.get(declaring), field.getSimpleName().toString(),
                TypeName.get(types.erasure(field.asType())), TypeName.get(type), unwrap);
    }

    private boolean visibleFromAll(TypeElement type, Collection<String> packages) {
        for (String pkg : packages) {
            if (!visibility.typeVisibleFrom(type, pkg)) {
                return false;
            }
        }
        return true;
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
