package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.Relationship;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes what an association class adds: link, find and unlink, and the navigation views. */
final class AssociationMethods {
    /** The name of the generated helper that links two objects through an association. */
    static final String LINK = "link";

    private static final ClassName LIST = ClassName.get("java.util", "List");

    private AssociationMethods() {
    }

    /** The nested subclass of the runtime's {@code Associations}, built on the two collection end objects. */
    static TypeSpec associationsClass(String name, AssociationClass association, String leftEnd, String rightEnd) {
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(RuntimeTypes.ASSOCIATIONS, association.leftType(),
                        association.type(), association.rightType()))
                .addMethod(MethodSpec.constructorBuilder()
                        .addStatement("super($S, $N, $N)", String.join(".", association.type().simpleNames()),
                                leftEnd, rightEnd)
                        .build());
        if (association.creatable()) {
            type.addMethod(EndClassWriter.hook(RuntimeHooks.CREATE)
                    .returns(association.type())
                    .addStatement("return new $T()", association.type())
                    .build());
        } else {
            type.addMethod(EndClassWriter.hook(RuntimeHooks.CREATE)
                    .returns(association.type())
                    .addStatement("throw $N($S)", RuntimeHooks.CANNOT_CREATE.call(), association.creation().reason())
                    .build());
        }
        return type.build();
    }

    /** For a class that links each pair once, what linking a pair twice does; empty otherwise. */
    private static String uniqueNote(AssociationClass association) {
        return association.unique() ? "; a pair already linked throws {@code IllegalStateException}" : "";
    }

    /** The helpers of the association class itself. */
    static List<MethodSpec> linking(AssociationClass association, String constant) {
        Names.Variables variables = Names.Variables.of(association);
        String left = variables.left();
        String right = variables.right();
        String link = variables.association();
        String leftField = association.left().end().field();
        String rightField = association.right().end().field();
        String type = association.type().simpleName();
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(MethodSpec.methodBuilder(LINK)
                .addJavadoc("Links {@code $N} and {@code $N} through {@code $N}, setting its {@code $N} and"
                                + " {@code $N}, and returns it$L.\n",
                        left, right, link, leftField, rightField, uniqueNote(association))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(association.type())
                .addParameter(association.leftType(), left)
                .addParameter(association.rightType(), right)
                .addParameter(association.type(), link)
                .addStatement("return $N.$N($N, $N, $N)", constant, RuntimeHooks.LINK.call(), left, right, link)
                .build());
        if (association.creatable()) {
            methods.add(MethodSpec.methodBuilder(LINK)
                    .addJavadoc("Links {@code $N} and {@code $N} through a new {@code $L}, made by its no-argument"
                            + " constructor, and returns it$L.\n", left, right, type,
                            uniqueNote(association))
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(association.type())
                    .addParameter(association.leftType(), left)
                    .addParameter(association.rightType(), right)
                    .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.LINK_NEW.call(), left, right)
                    .build());
        }
        methods.add(MethodSpec.methodBuilder("find")
                .addJavadoc("The {@code $L} linking {@code $N} and {@code $N}, or {@code null}.\n", type, left,
                        right)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(association.type())
                .addParameter(association.leftType(), left)
                .addParameter(association.rightType(), right)
                .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.FIND.call(), left, right)
                .build());
        methods.add(MethodSpec.methodBuilder("unlink")
                .addJavadoc("Unlinks every {@code $L} linking {@code $N} and {@code $N} and returns how many.\n",
                        type, left, right)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(int.class)
                .addParameter(association.leftType(), left)
                .addParameter(association.rightType(), right)
                .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.UNLINK.call(), left, right)
                .build());
        methods.add(MethodSpec.methodBuilder("unlink")
                .addJavadoc("Takes {@code $N} out of both collections of associations and clears its {@code $N} and"
                        + " {@code $N}.\n", link, leftField, rightField)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(association.type(), link)
                .addStatement("$N.$N($N)", constant, RuntimeHooks.UNLINK_ONE.call(), link)
                .build());
        return methods;
    }

    /**
     * The view from one side to the objects on the other, named after both ends:
     * {@code childOfChildren} for {@code Parent.children} and {@code Association.child}.
     *
     * @param near the association's end pointing at this side, seen from the association
     * @param far the association's end pointing at the other side
     * @param method the runtime method, {@link RuntimeHooks#RIGHTS} or {@link RuntimeHooks#LEFTS}
     */
    static MethodSpec navigation(AssociationClass association, Relationship near, Relationship far, String constant,
            RuntimeHooks method) {
        End collection = near.inverse();
        String owner = Names.variable(Names.forClass(collection.owner().simpleName()), List.of(), "owner");
        String name = far.end().field() + "Of" + Names.capitalize(collection.field());
        return MethodSpec.methodBuilder(name)
                .addJavadoc("A live view of the {@code $L} of each association in {@code $N.$N}, in order; $L.\n",
                        far.end().field(), owner, collection.field(),
                        association.creatable()
                                ? "adding links through a new {@code " + association.type().simpleName() + "}"
                                : "adding throws: {@code " + association.type().simpleName() + "} "
                                        + association.creation().reason() + ", so call {@code link}")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(LIST, far.end().target()))
                .addParameter(collection.owner(), owner)
                .addStatement("return $N.$N($N)", constant, method.call(), owner)
                .build();
    }
}
