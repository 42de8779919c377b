package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.relate.processor.check.Diagnostics;
import dev.relate.processor.check.Message;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.write.FileWriting;
import dev.relate.processor.write.Fingerprint;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the helpers that a class compiled alone leaves out of date. The end object of a relationship
 * lives in the generated class of one of its two classes and reads the fields and calls the
 * validators and listeners of both: when the other class is compiled without it (an IDE recompiling
 * one file), the generated class of the first is not written again. relate writes that class's text
 * as a full build would write it now, from the class files, and compares its hash with the one the
 * class file carries ({@link Fingerprint}); a difference is an error on the class compiled, which
 * says what to compile with it.
 */
final class StaleHelpers {
    private final Elements elements;
    /** Whether a class, by qualified name, is compiled in this build. */
    private final Predicate<String> compiled;
    private final Diagnostics diagnostics;

    StaleHelpers(Elements elements, Predicate<String> compiled, Diagnostics diagnostics) {
        this.elements = elements;
        this.compiled = compiled;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks the generated class of one class the build reached but does not compile; the classes
     * compiled in this build are written, not checked.
     *
     * @param writer the file relate writes now for the class, from its class file
     */
    void check(RelationsClass relations, Function<TypeElement, JavaFile> writer) {
        if (compiled.test(relations.owner().canonicalName())) {
            return;
        }
        String partner = compiledPartner(relations);
        TypeElement generated = elements.getTypeElement(relations.name().canonicalName());
        String recorded = generated == null ? null : recordedFingerprint(generated);
        if (partner == null || recorded == null) {
            return; // nothing compiled now that its end objects serve, or no class file (or one relate wrote before it kept a hash)
        }
        TypeElement partnerType = elements.getTypeElement(partner);
        try {
            String now = Fingerprint.of(FileWriting.text(writer.apply(
                    elements.getTypeElement(relations.owner().canonicalName()))));
            if (!now.equals(recorded)) {
                diagnostics.error(partnerType, Message.STALE_HELPERS, relations.name().simpleName(),
                        simpleName(relations.owner()), simpleName(ClassName.bestGuess(partner)));
            }
        } catch (RuntimeException e) {
            diagnostics.error(partnerType, Message.UNEXPECTED, relations.name().simpleName(), e);
        }
    }

    /**
     * The first, by name, of the classes compiled in this build whose fields or methods the generated
     * class of {@code relations} reaches: the other classes of its relationships and associations.
     */
    private String compiledPartner(RelationsClass relations) {
        Set<String> partners = new TreeSet<>();
        for (Relationship relationship : relations.relationships()) {
            if (!relationship.isOneWay()) {
                partners.add(relationship.inverse().owner().canonicalName());
            }
        }
        for (AssociationClass.Part part : relations.associations()) {
            AssociationClass association = part.association();
            for (ClassName type : new ClassName[] {association.type(), association.leftType(), association.rightType()}) {
                partners.add(type.canonicalName());
            }
        }
        partners.remove(relations.owner().canonicalName());
        return partners.stream().filter(compiled).findFirst().orElse(null);
    }

    private static String recordedFingerprint(TypeElement generated) {
        for (VariableElement field : ElementFilter.fieldsIn(generated.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(Fingerprint.FIELD) && field.getConstantValue() instanceof String value
                    && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String simpleName(ClassName type) {
        return String.join(".", type.simpleNames());
    }
}
