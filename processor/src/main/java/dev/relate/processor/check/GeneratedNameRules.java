package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.End;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Helper;
import dev.relate.processor.read.Members;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The rules that the names relate generates can all be declared. The classes: a nested class
 * {@code A.B} and a class {@code A_B} would both get {@code A_BRelations}. The methods: a field named
 * like another helper ({@code childOfChildren} beside the navigation of that name, {@code unlink} in
 * an association class, {@code detach} beside the method that detaches an object) would give its class
 * a second method with one name and the same parameters.
 * The helpers are the ones the writer declares, given by the writer, so these rules cannot drift from it.
 */
final class GeneratedNameRules {
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final Function<RelationsClass, List<Helper>> helpers;

    GeneratedNameRules(Elements elements, Diagnostics diagnostics, Function<RelationsClass, List<Helper>> helpers) {
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.helpers = helpers;
    }

    /**
     * Reports each clash on the class or field that brings it, and poisons that class.
     *
     * @param classes the classes to generate, in the order of their owners' qualified names
     * @param buildTypes the classes compiled in this build; the others' helpers are written already
     */
    void check(List<RelationsClass> classes, Set<TypeElement> buildTypes) {
        Map<ClassName, TypeElement> generated = new HashMap<>();
        for (RelationsClass relations : classes) {
            TypeElement owner = elements.getTypeElement(relations.owner().canonicalName());
            if (owner == null || !buildTypes.contains(owner) || diagnostics.hasErrors(owner)) {
                continue;
            }
            TypeElement first = generated.putIfAbsent(relations.name(), owner);
            if (first != null) {
                diagnostics.error(owner, Message.GENERATED_CLASS_CLASH, DisplayNames.simpleName(owner),
                        relations.name().simpleName(), DisplayNames.simpleName(first));
                diagnostics.poison(owner);
                continue;
            }
            try {
                checkMethods(relations, owner);
            } catch (RuntimeException e) {
                diagnostics.error(owner, Message.UNEXPECTED, DisplayNames.simpleName(owner), e);
                diagnostics.poison(owner);
            }
        }
    }

    private void checkMethods(RelationsClass relations, TypeElement owner) {
        Map<String, Helper> seen = new HashMap<>();
        for (Helper helper : helpers.apply(relations)) {
            Helper first = seen.putIfAbsent(helper.signature(), helper);
            if (first != null) {
                report(relations, owner, first, helper);
            }
        }
    }

    private void report(RelationsClass relations, TypeElement owner, Helper first, Helper second) {
        // the field named like a method relate writes for something else (an association, detaching) is the one
        // to rename
        Helper renamed = second.end() != null && second.association() == null ? second : first;
        Helper other = renamed == second ? first : second;
        VariableElement field = renamed.end() == null ? null : field(renamed.end());
        String display = renamed.end() == null ? DisplayNames.simpleName(owner) : renamed.end().displayName();
        String writtenFor = other.association() != null
                ? Message.Part.ASSOCIATION_OBJECT.format(String.join(".", other.association().type().simpleNames()))
                : other.end() != null ? other.end().displayName()
                : Message.Part.DETACHING.format(String.join(".", relations.owner().simpleNames()));
        diagnostics.error(field == null ? owner : field, Message.GENERATED_METHOD_CLASH, display,
                relations.name().simpleName(), renamed.signature(), writtenFor);
        diagnostics.poison(owner);
    }

    /** The field of an end: the last of that name in the owner's hierarchy, as a subclass's field hides its base's. */
    private VariableElement field(End end) {
        TypeElement owner = elements.getTypeElement(end.owner().canonicalName());
        VariableElement found = null;
        for (VariableElement field : Members.fieldOrder(owner)) {
            if (field.getSimpleName().contentEquals(end.field())) {
                found = field;
            }
        }
        return found;
    }
}
