package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.relate.processor.model.End;
import dev.relate.processor.model.Relationship;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The public helpers of a map end ({@code Map<String, Note> notes} keyed by {@code Note.keyword}),
 * beside its live view: {@code addToNotes}, {@code removeFromNotes}, {@code setNotes} and
 * {@code rekeyInNotes}.
 */
final class MapHelperMethods {
    private MapHelperMethods() {
    }

    /** Whether the map's elements each hold a collection of the owner, rather than a scalar. */
    private static boolean manyToMany(Relationship relationship) {
        return relationship.inverse().isCollection();
    }

    static MethodSpec add(Relationship relationship, String constant) {
        End end = relationship.end();
        String owner = Names.ownerParameter(end);
        String element = Names.elementParameter(end, owner);
        String scalar = relationship.inverse().field();
        CodeBlock javadoc = manyToMany(relationship)
                ? CodeBlock.of("Puts {@code $N} in {@code $N.$N} under its {@code $L} and adds {@code $N} to"
                                + " {@code $N.$N}, unlinking the element it replaces.\n",
                        element, owner, end.field(), end.collection().key().display(), owner, element, scalar)
                : CodeBlock.of("Puts {@code $N} in {@code $N.$N} under its {@code $L} and sets {@code $N.$N},"
                                + " unlinking the element it replaces.\n",
                        element, owner, end.field(), end.collection().key().display(), element, scalar);
        return MethodSpec.methodBuilder("addTo" + Names.capitalize(end.field()))
                .addJavadoc(javadoc)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(end.owner(), owner)
                .addParameter(end.target(), element)
                .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.MAP_ADD.call(), owner, element)
                .build();
    }

    static MethodSpec remove(Relationship relationship, String constant) {
        End end = relationship.end();
        String owner = Names.ownerParameter(end);
        String element = Names.elementParameter(end, owner);
        return MethodSpec.methodBuilder("removeFrom" + Names.capitalize(end.field()))
                .addJavadoc(manyToMany(relationship)
                        ? CodeBlock.of("Removes {@code $N} from {@code $N.$N}, under any key, and {@code $N} from"
                                        + " {@code $N.$N}.\n",
                                element, owner, end.field(), owner, element, relationship.inverse().field())
                        : CodeBlock.of("Removes {@code $N} from {@code $N.$N}, under any key, and clears"
                                        + " {@code $N.$N}.\n",
                                element, owner, end.field(), element, relationship.inverse().field()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(end.owner(), owner)
                .addParameter(end.target(), element)
                .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.MAP_REMOVE.call(), owner, element)
                .build();
    }

    static MethodSpec replace(Relationship relationship, String constant) {
        End end = relationship.end();
        String owner = Names.ownerParameter(end);
        String elements = Names.variable(end.field(), List.of(owner), "elements", "values");
        return MethodSpec.methodBuilder("set" + Names.capitalize(end.field()))
                .addJavadoc("Replaces the elements of {@code $N.$N} with {@code $N}, each under its key; two"
                                + " with equal keys throw {@code IllegalArgumentException}.\n",
                        owner, end.field(), elements)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(end.owner(), owner)
                .addParameter(ParameterizedTypeName.get(ClassName.get("java.util", "Collection"),
                        WildcardTypeName.subtypeOf(end.target())), elements)
                .addStatement("$N.$N($N, $N)", constant, RuntimeHooks.MAP_REPLACE.call(), owner, elements)
                .build();
    }

    static MethodSpec rekey(Relationship relationship, String constant) {
        End end = relationship.end();
        String owner = Names.ownerParameter(end);
        String element = Names.elementParameter(end, owner);
        return MethodSpec.methodBuilder("rekeyIn" + Names.capitalize(end.field()))
                .addJavadoc("Moves {@code $N} in {@code $N.$N} to its current {@code $L} after that changed;"
                                + " another element there throws {@code IllegalStateException}.\n",
                        element, owner, end.field(), end.collection().key().display())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(end.owner(), owner)
                .addParameter(end.target(), element)
                .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.REKEY.call(), owner, element)
                .build();
    }
}
