package dev.relate.processor.read;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Looks up fields and methods of a class and its superclasses, nearest first. */
public final class Members {
    private Members() {
    }

    /** The fields of a class in the order its helpers appear: superclass fields first, each class in source order. */
    public static List<VariableElement> fieldOrder(TypeElement owner) {
        List<TypeElement> hierarchy = hierarchy(owner);
        List<VariableElement> order = new ArrayList<>();
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            order.addAll(ElementFilter.fieldsIn(hierarchy.get(i).getEnclosedElements()));
        }
        return order;
    }

    /** The class and its superclasses up to, not including, {@code java.lang.Object}; the class first. */
    public static List<TypeElement> hierarchy(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        TypeElement current = type;
        while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            chain.add(current);
            current = superclassOf(current);
        }
        return chain;
    }

    /** The field of that name that instances of {@code type} have, declared or inherited; null if none. */
    public static VariableElement field(TypeElement type, String name) {
        for (TypeElement declaring : hierarchy(type)) {
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (field.getSimpleName().contentEquals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** Every instance field of {@code type}, declared or inherited, nearest class first. */
    public static List<VariableElement> instanceFields(TypeElement type) {
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement declaring : hierarchy(type)) {
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                if (!field.getModifiers().contains(Modifier.STATIC)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The instance method of that name and parameter count, declared or inherited, nearest first. */
    public static List<ExecutableElement> methods(TypeElement type, String name, int parameters) {
        List<ExecutableElement> found = new ArrayList<>();
        for (TypeElement declaring : hierarchy(type)) {
            for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
                if (method.getSimpleName().contentEquals(name)
                        && method.getParameters().size() == parameters
                        && !method.getModifiers().contains(Modifier.STATIC)) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    /**
     * Whether the class has type parameters, its own or, for an inner (non-static) class, those of
     * an enclosing class: {@code Outer<T>.Inner} is as generic as {@code Outer<T>}.
     */
    public static boolean isGeneric(TypeElement type) {
        return genericClassOf(type) != null;
    }

    /** The class whose type parameters make {@code type} generic: itself, an enclosing class, or null. */
    public static TypeElement genericClassOf(TypeElement type) {
        TypeElement current = type;
        while (true) {
            if (!current.getTypeParameters().isEmpty()) {
                return current;
            }
            if (current.getNestingKind() != NestingKind.MEMBER || current.getKind() != ElementKind.CLASS
                    || current.getModifiers().contains(Modifier.STATIC)
                    || !(current.getEnclosingElement() instanceof TypeElement enclosing)
                    || enclosing.getKind().isInterface()) {
                return null;
            }
            current = enclosing;
        }
    }

    /** Whether {@code sub} is {@code type} or a subclass of it. */
    public static boolean isSameOrSubclass(TypeElement sub, TypeElement type) {
        for (TypeElement candidate : hierarchy(sub)) {
            if (candidate.equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The top-level class that encloses {@code element} (or is it). */
    public static TypeElement topLevel(Element element) {
        Element current = element;
        while (current.getEnclosingElement() != null
                && current.getEnclosingElement().getKind() != ElementKind.PACKAGE
                && current.getEnclosingElement().getKind() != ElementKind.MODULE) {
            current = current.getEnclosingElement();
        }
        return (TypeElement) current;
    }

    private static TypeElement superclassOf(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        if (superclass.getKind() != TypeKind.DECLARED) {
            return null;
        }
        return (TypeElement) ((DeclaredType) superclass).asElement();
    }
}
