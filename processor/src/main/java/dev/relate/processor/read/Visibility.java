package dev.relate.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Decides what generated code in a given package may refer to. */
public final class Visibility {
    private final Elements elements;

    public Visibility(Elements elements) {
        this.elements = elements;
    }

    public String packageOf(Element element) {
        return elements.getPackageOf(element).getQualifiedName().toString();
    }

    /** Whether code in package {@code pkg} can name {@code type}. */
    public boolean typeVisibleFrom(TypeElement type, String pkg) {
        Element current = type;
        while (current instanceof TypeElement typeElement) {
            if (!isNamed(typeElement) || !memberVisibleFrom(typeElement, pkg)) {
                return false;
            }
            current = current.getEnclosingElement();
        }
        return true;
    }

    /** Whether code in package {@code pkg} can use the field, method or nested class {@code member}. */
    public boolean memberVisibleFrom(Element member, String pkg) {
        if (member.getModifiers().contains(Modifier.PUBLIC)) {
            return true;
        }
        if (member.getModifiers().contains(Modifier.PRIVATE)) {
            return false;
        }
        return packageOf(member).equals(pkg);
    }

    /** Whether {@code type} can be named from every package. */
    public boolean isPublic(TypeElement type) {
        Element current = type;
        while (current instanceof TypeElement typeElement) {
            if (!typeElement.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
            current = current.getEnclosingElement();
        }
        return true;
    }

    /** Whether the class has a name that other classes can use: top-level or a member class. */
    public static boolean isNamed(TypeElement type) {
        NestingKind nesting = type.getNestingKind();
        return (nesting == NestingKind.TOP_LEVEL || nesting == NestingKind.MEMBER)
                && type.getKind() != ElementKind.ANNOTATION_TYPE;
    }
}
