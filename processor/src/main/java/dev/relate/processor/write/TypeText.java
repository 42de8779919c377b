package dev.relate.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/** A field's type as a Mermaid class diagram writes it: simple names, generics between tildes ({@code List~Child~}). */
final class TypeText {
    private TypeText() {
    }

    static String of(TypeName type) {
        TypeName plain = type.withoutAnnotations();
        if (plain instanceof ClassName name) {
            return String.join(".", name.simpleNames());
        }
        if (plain instanceof ParameterizedTypeName parameterized) {
            List<String> arguments = new ArrayList<>();
            for (TypeName argument : parameterized.typeArguments()) {
                arguments.add(of(argument));
            }
            return of(parameterized.rawType()) + "~" + String.join(", ", arguments) + "~";
        }
        if (plain instanceof ArrayTypeName array) {
            return of(array.componentType()) + "[]";
        }
        return plain.toString();
    }
}
