package dev.relate.processor.read;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The erased types of the members that generated code reaches by name, as the bytecode names them:
 * a call that reads alike in source ({@code player.teamChanged(team, linked)}) is another call in
 * bytecode when the method's parameter is widened, and a read of an id field ({@code sponsor.id})
 * another read when the id is boxed. The same whether a class is read from source or from a class
 * file.
 */
public final class MemberDescriptors {
    private final Elements elements;
    private final Types types;

    public MemberDescriptors(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** {@code Owner.name:long} for the field of that name in the class or a superclass; nothing when none. */
    public List<String> field(ClassName owner, String name) {
        return find(owner, name, ElementKind.FIELD);
    }

    /**
     * {@code Owner.name(java.lang.Object,boolean)void} for each method of that name declared by the
     * class or a superclass (not by an interface: the class's generated interface is there in one
     * compilation and not yet in another); nothing when none.
     */
    public List<String> methods(ClassName owner, String name) {
        return find(owner, name, ElementKind.METHOD);
    }

    private List<String> find(ClassName owner, String name, ElementKind kind) {
        List<String> found = new ArrayList<>();
        TypeElement type = name == null ? null : elements.getTypeElement(owner.canonicalName());
        String prefix = owner.canonicalName() + "." + name;
        while (type != null) {
            for (Element member : type.getEnclosedElements()) {
                if (member.getKind() == kind && member.getSimpleName().contentEquals(name)) {
                    found.add(prefix + describe(member));
                }
            }
            type = type.getSuperclass() instanceof DeclaredType superclass
                    ? (TypeElement) superclass.asElement() : null;
        }
        found.sort(null);
        return found;
    }

    private String describe(Element member) {
        if (member instanceof ExecutableElement method) {
            List<String> parameters = new ArrayList<>();
            for (VariableElement parameter : method.getParameters()) {
                parameters.add(erased(parameter.asType()));
            }
            return "(" + String.join(",", parameters) + ")" + erased(method.getReturnType());
        }
        return ":" + erased(member.asType());
    }

    private String erased(TypeMirror type) {
        TypeMirror erasure = type.getKind() == TypeKind.DECLARED || type.getKind() == TypeKind.TYPEVAR
                || type.getKind() == TypeKind.ARRAY ? types.erasure(type) : type;
        if (erasure instanceof DeclaredType declared) {
            return ((TypeElement) declared.asElement()).getQualifiedName().toString();
        }
        if (erasure instanceof ArrayType array) {
            return erased(array.getComponentType()) + "[]";
        }
        return erasure.getKind().isPrimitive() || erasure.getKind() == TypeKind.VOID
                ? erasure.getKind().name().toLowerCase(java.util.Locale.ROOT) : erasure.getKind().name();
    }
}
