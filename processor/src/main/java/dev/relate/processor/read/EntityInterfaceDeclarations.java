package dev.relate.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads which interface a class says it implements by name: {@code class Order implements
 * OrderRelated}, where relate writes {@code OrderRelated}. In the round that declares the class the
 * interface does not exist yet, and the compiler gives an error type that still carries the name as
 * written; in a later round, or from a class file, it is the declared interface.
 */
public final class EntityInterfaceDeclarations {
    private EntityInterfaceDeclarations() {
    }

    /**
     * Whether {@code type} names, among the interfaces it implements itself, the interface
     * {@code simpleName} of package {@code packageName}: not yet generated (an error type of that
     * name, written simply or qualified with that package), or the type of that name in that package.
     */
    public static boolean implementsByName(TypeElement type, String packageName, String simpleName) {
        String qualified = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        for (TypeMirror implemented : type.getInterfaces()) {
            if (implemented.getKind() == TypeKind.ERROR) {
                String written = implemented.toString();
                if (written.equals(simpleName) || written.equals(qualified)) {
                    return true;
                }
            } else if (implemented.getKind() == TypeKind.DECLARED) {
                Element element = ((DeclaredType) implemented).asElement();
                if (element instanceof TypeElement named && named.getQualifiedName().contentEquals(qualified)) {
                    return true;
                }
            }
        }
        return false;
    }
}
