package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.Visibility;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The rules about the classes a relationship spans: relate writes a class for each owner, and each
 * generated class can name every class it uses.
 */
final class OwnerRules {
    private final Elements elements;
    private final Visibility visibility;
    private final FieldRules fieldRules;
    private final Diagnostics diagnostics;

    OwnerRules(Elements elements, Visibility visibility, FieldRules fieldRules, Diagnostics diagnostics) {
        this.elements = elements;
        this.visibility = visibility;
        this.fieldRules = fieldRules;
        this.diagnostics = diagnostics;
    }

    /**
     * Checks the fields of the JPA mappings among a relationship's declarations by the rules that wait
     * for the relationship ({@link FieldRules#checkMapped}); a null link is an end checked elsewhere.
     *
     * @return whether they fit; each problem is reported on its mapping
     */
    boolean checkMapped(Link... links) {
        boolean fits = true;
        for (Link link : links) {
            if (link != null && link.declaration().isJpa()) {
                fits &= fieldRules.checkMapped(link.declaration(), link.end().shape());
            }
        }
        return fits;
    }

    /**
     * @param ends the ends of one relationship
     * @param packages the packages of the owners, where their generated classes go, and of the
     *     classes in {@code alsoUsedBy}
     * @param alsoUsedBy the other classes whose generated classes use the relationship, by package
     * @return whether the classes fit; each problem is reported once, on the declaration
     */
    boolean check(Declaration declaration, List<ResolvedEnd> ends, Set<TypeElement> buildTypes,
            Set<String> packages, Map<String, TypeElement> alsoUsedBy) {
        boolean fits = true;
        for (ResolvedEnd end : ends) {
            TypeElement owner = end.owner();
            if (!buildTypes.contains(owner) && !hasRelations(owner)) {
                diagnostics.error(declaration.site(), declaration.mirror(), null, Message.NOT_IN_BUILD,
                        DisplayNames.simpleName(owner), generatedName(owner), DisplayNames.simpleName(owner),
                        DisplayNames.simpleName(declaration.declaringType()));
                fits = false;
            }
        }
        if (!fits) {
            return false;
        }
        // each class once: the two ends of a pair have each other's owner as target
        Set<TypeElement> classes = new LinkedHashSet<>();
        for (ResolvedEnd end : ends) {
            classes.add(end.owner());
            classes.add(end.target());
        }
        for (TypeElement type : classes) {
            fits &= fieldRules.checkClass(type, declaration.site(), declaration.mirror());
        }
        for (ResolvedEnd end : ends) {
            // the annotated field's own class was checked with it: this is the other end, named by backref
            fits = fits && (end.field() == declaration.field() || fieldRules.checkHolder(end.owner(), end.field(),
                    end.shape(), declaration.site(), declaration.mirror(), declaration.value("backref")));
        }
        if (!fits) {
            return false;
        }
        for (ResolvedEnd end : ends) {
            if (end.shape() instanceof Shape.Many many) {
                classes.add(many.collectionClass()); // generated code names the field's declared type too
            }
        }
        for (String pkg : packages) {
            for (TypeElement type : classes) {
                if (!visibility.typeVisibleFrom(type, pkg)) {
                    diagnostics.error(declaration.site(), declaration.mirror(), null, Message.CLASS_NOT_VISIBLE,
                            DisplayNames.simpleName(type), pkg, generatedIn(ends, alsoUsedBy, pkg));
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the owner, compiled before this compilation, has its generated class already: an
     * incremental build that recompiles one end of a relationship leaves the other end's helpers be.
     */
    boolean hasRelations(TypeElement owner) {
        return elements.getTypeElement(RelationsClass.nameFor(ClassName.get(owner)).canonicalName()) != null;
    }

    private static String generatedName(TypeElement owner) {
        return RelationsClass.nameFor(ClassName.get(owner)).simpleName();
    }

    /** The generated class in {@code pkg} that uses the relationship. */
    private String generatedIn(List<ResolvedEnd> ends, Map<String, TypeElement> alsoUsedBy, String pkg) {
        for (ResolvedEnd end : ends) {
            if (visibility.packageOf(end.owner()).equals(pkg)) {
                return generatedName(end.owner());
            }
        }
        if (alsoUsedBy.containsKey(pkg)) {
            return generatedName(alsoUsedBy.get(pkg));
        }
        throw new IllegalStateException(Message.Part.NO_END_IN_PACKAGE.format(pkg));
    }
}
