package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * A public helper that a generated {@code <Class>Relations} class declares, and what it is written for.
 *
 * @param method the method as it is written
 * @param end the end it is written for: the field itself ({@code children(parent)}), or the collection
 *     an association's navigation goes through
 * @param association the association class it is written for, or null for a helper of the end alone
 */
public record Helper(MethodSpec method, End end, AssociationClass association) {

    /** What javac tells methods apart by: the name and the erased parameter types, {@code children(Parent)}. */
    public String signature() {
        List<String> parameters = new ArrayList<>();
        for (ParameterSpec parameter : method.parameters()) {
            parameters.add(erased(parameter.type()));
        }
        return method.name() + "(" + String.join(", ", parameters) + ")";
    }

    private static String erased(TypeName type) {
        TypeName raw = type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
        return raw instanceof ClassName name ? String.join(".", name.simpleNames()) : raw.toString();
    }
}
