package dev.relate.processor.check;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Classes, fields and types as messages show them. */
final class DisplayNames {
    private DisplayNames() {
    }

    /** A class as users write it in code: {@code Outer.Inner}. */
    static String simpleName(TypeElement type) {
        StringBuilder name = new StringBuilder(type.getSimpleName());
        Element enclosing = type.getEnclosingElement();
        while (enclosing instanceof TypeElement outer) {
            name.insert(0, outer.getSimpleName() + ".");
            enclosing = enclosing.getEnclosingElement();
        }
        return name.toString();
    }

    /**
     * A type as users write it in code that imports it: {@code java.util.List<test.Outer.Child>}
     * becomes {@code List<Outer.Child>}. Package names are lower case by convention.
     */
    static String readable(Object type) {
        return type.toString().replaceAll("\\b[a-z_][a-z0-9_]*\\.", "");
    }

    /** A field as users write it: {@code Parent.children}, named on the class that holds it. */
    static String display(TypeElement owner, Element field) {
        return simpleName(owner) + "." + field.getSimpleName();
    }

    /** A field on the class that declares it. */
    static String display(Element field) {
        return display((TypeElement) field.getEnclosingElement(), field);
    }

    /**
     * A field as {@link #display(Element)} shows it, or with its package where that would show
     * {@code beside}, a field in a class of the same name in another package, the same way.
     */
    static String displayBeside(Element field, Element beside) {
        String display = display(field);
        return display.equals(display(beside)) ? qualified(field) : display;
    }

    /** {@code com.example.Parent.children}. */
    static String qualified(Element field) {
        return ((TypeElement) field.getEnclosingElement()).getQualifiedName() + "." + field.getSimpleName();
    }
}
