package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import java.util.List;

/**
 * A generated {@code <Class>Related} interface: default methods that call the helpers of
 * {@code relations} on {@code this}, for an owner that implements it (as a record implements
 * record-builder's {@code With} interface).
 *
 * @param name the generated interface
 * @param relations the helpers its methods call
 * @param superinterface the interface of the nearest superclass in the owner's package that
 *     implements its own, which this one extends (its {@code detach()} replaces that one's); or null
 */
public record EntityInterface(ClassName name, RelationsClass relations, ClassName superinterface) {

    /** The interface of an owner: {@code OrderRelated}, {@code Outer_InnerRelated} for a nested class. */
    public static ClassName nameFor(ClassName owner) {
        return ClassName.get(owner.packageName(), String.join("_", owner.simpleNames()) + "Related");
    }

    /**
     * Whether the interface offers {@code helper} of the generated class of {@code owner}: every
     * helper whose first parameter is the owner, on {@code this}, but those that link, find and
     * unlink the two sides of an association class, which take no object of it.
     */
    public static boolean offers(Helper helper, ClassName owner) {
        List<ParameterSpec> parameters = helper.method().parameters();
        return !parameters.isEmpty() && parameters.get(0).type().equals(owner)
                && !(helper.association() != null && helper.end() == null);
    }

    /**
     * The name of the interface's method for {@code helper}: the helper's, but for the two that
     * would look like JPA's property accessors ({@code setX}): {@code replaceX} replaces a whole
     * collection, {@code assignX} sets a scalar end. JPA calls a mapped attribute's {@code getX},
     * {@code isX} and {@code setX} itself under property access, so none of them may be relate's.
     */
    public static String methodName(Helper helper) {
        String name = helper.method().name();
        End end = helper.end();
        if (end == null || helper.association() != null) {
            return name;
        }
        String stem = Character.toUpperCase(end.field().charAt(0)) + end.field().substring(1);
        if (name.equals("set" + stem)) {
            return (end.isCollection() ? "replace" : "assign") + stem;
        }
        return name;
    }
}
