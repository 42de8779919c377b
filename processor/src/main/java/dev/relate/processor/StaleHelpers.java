package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.check.Diagnostics;
import dev.relate.processor.check.Message;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.write.Fingerprint;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Finds the helpers that a class compiled alone leaves out of date. The end object of a relationship
 * lives in the generated class of one of its two classes and reads the fields and calls the
 * validators and listeners of both: when the other class is compiled without it (an IDE recompiling
 * one file), the generated class of the first is not written again. relate writes that class's text
 * as a full build would write it now, from the class files, and compares its hash with the one the
 * class file carries ({@link Fingerprint}); a difference is an error on the class compiled, which
 * says what to compile with it. The same for the table classes, which read the ids of both classes.
 * The classes a generated class serves are those of its relationships now and those its class file
 * names ({@link FormerPartners}): a class compiled alone that dropped its end of a relationship is
 * no partner in the model any more, but the other class's helpers still reach into it.
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
    void check(RelationsClass relations, Function<TypeElement, GeneratedFile> writer) {
        Set<ClassName> partners = new LinkedHashSet<>();
        for (Relationship relationship : relations.relationships()) {
            if (!relationship.isOneWay()) {
                partners.add(relationship.inverse().owner());
            }
        }
        for (AssociationClass.Part part : relations.associations()) {
            partners.addAll(classesOf(part.association()));
        }
        check(relations.owner(), relations.name(), partners, writer);
    }

    /** Checks the table class of a many-to-many whose left class the build reached but does not compile. */
    void check(LinkTableClass table, Function<TypeElement, GeneratedFile> writer) {
        check(table.left().type(), table.name(), List.of(table.right().type()), writer);
    }

    /** Checks the table class of an association class the build reached but does not compile. */
    void check(AssociationTableClass table, Function<TypeElement, GeneratedFile> writer) {
        check(table.association().type(), table.name(), classesOf(table.association()), writer);
    }

    /**
     * @param owner the class the generated class is written for, its originating element
     * @param generated the generated class
     * @param partners the other classes whose fields or methods the generated class reaches now; those its
     *     class file names are added
     */
    private void check(ClassName owner, ClassName generated, Collection<ClassName> partners,
            Function<TypeElement, GeneratedFile> writer) {
        if (compiled.test(owner.canonicalName())) {
            return;
        }
        TypeElement generatedType = elements.getTypeElement(generated.canonicalName());
        String recorded = generatedType == null ? null : PreviousClassFiles.recordedFingerprint(generatedType);
        Set<ClassName> served = new LinkedHashSet<>(partners);
        if (recorded != null) {
            // and those it served when it was written, which may have dropped their end of a relationship since
            served.addAll(FormerPartners.namedBy(generatedType));
        }
        ClassName partner = served.stream()
                .filter(type -> !type.equals(owner) && compiled.test(type.canonicalName()))
                .min(Comparator.comparing(ClassName::canonicalName)).orElse(null);
        if (partner == null || recorded == null) {
            return; // nothing compiled now that it serves, or no class file (or one relate wrote before it kept a hash)
        }
        TypeElement partnerType = elements.getTypeElement(partner.canonicalName());
        try {
            GeneratedFile file = writer.apply(elements.getTypeElement(owner.canonicalName()));
            if (!file.fingerprint().equals(recorded)) {
                diagnostics.error(partnerType, Message.STALE_HELPERS, generated.simpleName(), simpleName(owner),
                        simpleName(partner));
                diagnostics.poison(partnerType); // a class with an error gets no generated file
            }
        } catch (RuntimeException e) {
            diagnostics.error(partnerType, Message.UNEXPECTED, generated.simpleName(), e);
            diagnostics.poison(partnerType);
        }
    }

    /** The association class and its two sides. */
    private static List<ClassName> classesOf(AssociationClass association) {
        return List.of(association.type(), association.leftType(), association.rightType());
    }

    private static String simpleName(ClassName type) {
        return String.join(".", type.simpleNames());
    }
}
