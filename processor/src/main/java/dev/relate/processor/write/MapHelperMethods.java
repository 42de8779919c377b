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
                ? CodeBlock.of("Puts {@code $N} in {@code $N.$N} under its key, {@code $L}, and adds\n"
                                + "{@code $N} to {@code $N.$N}. The element that was under that key is unlinked from"
                                + " both\nsides. An element held under an old key (its key changed since) moves to"
                                + " its\ncurrent key.\n\n"
                                + "@return {@code false} if it was there under its key already, which changes"
                                + " nothing\n",
                        element, owner, end.field(), end.collection().key().display(), owner, element, scalar)
                : CodeBlock.of("Puts {@code $N} in {@code $N.$N} under its key, {@code $L}, and sets\n"
                                + "{@code $N.$N} to {@code $N}, taking it out of the map of its previous {@code $N}."
                                + "\nThe element that was under that key is unlinked. An element held under an old"
                                + " key\n(its key changed since) moves to its current key.\n\n"
                                + "@return {@code false} if it was there under its key already, which changes"
                                + " nothing\n",
                        element, owner, end.field(), end.collection().key().display(), element, scalar, owner, scalar);
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
                        ? CodeBlock.of("Removes {@code $N} from {@code $N.$N}, under whatever key it is held, and"
                                        + " {@code $N}\nfrom {@code $N.$N}.\n\n"
                                        + "@return {@code false} if it was not there, which changes nothing\n",
                                element, owner, end.field(), owner, element, relationship.inverse().field())
                        : CodeBlock.of("Removes {@code $N} from {@code $N.$N}, under whatever key it is held, and"
                                        + " clears\n{@code $N.$N}.\n\n"
                                        + "@return {@code false} if it was not there, which changes nothing\n",
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
                .addJavadoc("Replaces the whole of {@code $N.$N} with {@code $N}, each once, under its key.\n"
                                + "What left is unlinked from {@code $L};\n"
                                + "what came in is linked$L;\n"
                                + "what stayed is not touched. Two elements with equal keys throw"
                                + " {@code IllegalArgumentException}\nand change nothing.\n",
                        owner, end.field(), elements, relationship.inverse().displayName(),
                        manyToMany(relationship) ? ""
                                : ", leaving its previous {@code " + relationship.inverse().field() + "}")
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
                .addJavadoc("Moves {@code $N}, held in {@code $N.$N} under a key that its {@code $L} no longer"
                                + " has,\nto its current key. Call it after changing the key of an element in the"
                                + " map.\n\n"
                                + "@return {@code false} if it is under its key already, or not in the map, which"
                                + " changes nothing\n"
                                + "@throws IllegalStateException if another element is under the new key; nothing"
                                + " changes\n",
                        element, owner, end.field(), end.collection().key().display())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(end.owner(), owner)
                .addParameter(end.target(), element)
                .addStatement("return $N.$N($N, $N)", constant, RuntimeHooks.REKEY.call(), owner, element)
                .build();
    }
}
