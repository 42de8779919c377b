package dev.relate.processor.check;

import dev.relate.processor.model.Access;
import dev.relate.processor.model.End;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The planning step of the checker: builds each linked relationship once, checking what spans both
 * its ends (the build, visibility, access), and plans it for the classes of both ends.
 */
final class Planner {
    private final Visibility visibility;
    private final OwnerRules ownerRules;
    private final AccessRules accessRules;
    private final AssociationRules associationRules;
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;

    Planner(Visibility visibility, OwnerRules ownerRules, AccessRules accessRules, AssociationRules associationRules,
            DeclarationReader declarations, Diagnostics diagnostics) {
        this.visibility = visibility;
        this.declarations = declarations;
        this.ownerRules = ownerRules;
        this.accessRules = accessRules;
        this.associationRules = associationRules;
        this.diagnostics = diagnostics;
    }

    /** @param buildTypes the classes compiled in this build, for which helpers can be written */
    PlannedRelationships plan(LinkedFields linked, Set<TypeElement> buildTypes) {
        PlannedRelationships planned = new PlannedRelationships(new HashMap<>(), new ArrayList<>(), new HashMap<>());
        for (Link link : linked.links().values()) {
            try {
                planLink(link, linked, buildTypes, planned);
            } catch (RuntimeException e) {
                diagnostics.unexpected(link.declaration().field(), e);
            }
        }
        reportHelperNameClashes(planned.byOwner());
        return planned;
    }

    /**
     * Whether this end plans its relationship: an other end that was not checked with this one (a
     * library's, compiled elsewhere) was checked there, and this end plans the pair alone (build()
     * reports an owner outside the build); of a backPopulates pair checked together, the ends must
     * agree, and the one met first in the stable order of fields plans it.
     */
    private boolean plansPair(Link link, LinkedFields linked) {
        Map<VariableElement, Integer> positions = linked.positions();
        if (!link.isBackPopulates() || !positions.containsKey(link.inverse().field())) {
            return true;
        }
        Link inverse = linked.links().get(link.inverse().field());
        boolean agrees = inverse != null && inverse.inverse() != null
                && inverse.inverse().field().equals(link.end().field());
        if (!agrees) {
            poisonOwners(link);
            return false;
        }
        return positions.get(link.inverse().field()) >= positions.get(link.end().field());
    }

    private void planLink(Link link, LinkedFields linked, Set<TypeElement> buildTypes, PlannedRelationships planned) {
        if (!plansPair(link, linked)) {
            return;
        }
        Link inverseLink = link.inverse() == null ? null : linked.links().get(link.inverse().field());
        boolean acyclic = link.declaration().acyclic() || (inverseLink != null && inverseLink.declaration().acyclic());
        // the position is declared on the list end's @OneToManyRel, whichever end plans the pair
        Link positioned = !link.declaration().position().isEmpty() ? link
                : inverseLink != null && !inverseLink.declaration().position().isEmpty() ? inverseLink : null;
        boolean jpaAlone = declaredByJpaAlone(link);
        int errors = diagnostics.errorCount();
        Relationship relationship = jpaAlone
                ? diagnostics.checkingJpaAlone(() -> build(link, inverseLink, buildTypes, acyclic, positioned, true))
                : build(link, inverseLink, buildTypes, acyclic, positioned, false);
        if (relationship == null) {
            // a relationship of JPA's alone that only warnings stopped is left to JPA: its classes keep their
            // other helpers
            if (!jpaAlone || diagnostics.errorCount() > errors) {
                poisonOwners(link);
            }
            return;
        }
        add(planned.byOwner(), link.end(), relationship);
        planned.built().put(link.end().field(), relationship);
        if (link.inverse() != null) {
            planned.built().put(link.inverse().field(), relationship.reversed());
        }
        // a table class is written where relate's annotation names the table, not for a JPA mapping's
        Link inverse = inverseLink;
        if (declaresTable(link)) {
            planned.tables().add(new PlannedTable(link, relationship));
        } else if (inverse != null && declaresTable(inverse)) {
            planned.tables().add(new PlannedTable(inverse, relationship.reversed()));
        }
        if (link.inverse() != null) {
            add(planned.byOwner(), link.inverse(), relationship.reversed());
        }
    }

    /**
     * Whether JPA's mappings alone declare the relationship: no relate annotation on either end, and
     * no association object among its classes (whose class asks for relate's helpers).
     */
    private boolean declaredByJpaAlone(Link link) {
        for (ResolvedEnd end : new ResolvedEnd[] {link.end(), link.inverse()}) {
            if (end == null) {
                continue;
            }
            if (DeclarationReader.isAssociation(end.owner())
                    || end.target() != null && DeclarationReader.isAssociation(end.target())
                    || declarations.backrefMarker(end.field()) != null) {
                return false;
            }
            List<Declaration> found = declarations.declarationsOn(end.field());
            if (found.isEmpty() || !found.stream().allMatch(Declaration::isJpa)) {
                return false;
            }
        }
        return true;
    }

    private static boolean declaresTable(Link link) {
        return link.declaration().table() != null && link.declaration().table().declared();
    }

    /**
     * Checks what spans both ends (the build, visibility, access) and builds the model; null after errors.
     *
     * @param inverseLink the other end's link, null for a one-way relationship or one whose other end
     *     was checked elsewhere
     * @param acyclic whether either end declares the relationship a tree
     * @param positioned the link of the list end that keeps positions, or null
     * @param jpaAlone whether JPA's mappings alone declare the relationship: generated code may then reach
     *     a private field through its handle without accessors, when it reaches fields through handles
     */
    private Relationship build(Link link, Link inverseLink, Set<TypeElement> buildTypes, boolean acyclic,
            Link positioned, boolean jpaAlone) {
        Declaration declaration = link.declaration();
        List<ResolvedEnd> ends = new ArrayList<>();
        ends.add(link.end());
        if (link.inverse() != null) {
            ends.add(link.inverse());
        }
        Set<String> packages = new TreeSet<>();
        for (ResolvedEnd end : ends) {
            packages.add(visibility.packageOf(end.owner()));
        }
        // the helpers of an association's left and right classes navigate through both its ends
        Map<String, TypeElement> alsoUsedBy = associationRules.alsoUsedBy(ends);
        packages.addAll(alsoUsedBy.keySet());
        if (!ownerRules.checkMapped(link, inverseLink)
                || !ownerRules.check(declaration, ends, buildTypes, packages, alsoUsedBy)) {
            return null;
        }
        End end = accessRules.end(link.end(), link, packages, true, jpaAlone);
        End inverse = link.inverse() == null ? null
                : accessRules.end(link.inverse(), link, packages, false, jpaAlone);
        if (end == null || (link.inverse() != null && inverse == null)) {
            return null;
        }
        Access position = positioned == null ? null : accessRules.position(positioned, packages);
        if (positioned != null && position == null) {
            return null;
        }
        Relationship.Kind kind = kind(declaration, end, inverse);
        return new Relationship(end, inverse, acyclic, position, kind,
                kind == Relationship.Kind.MANY_TO_MANY ? table(link, inverseLink) : null);
    }

    /**
     * The kind the ends say; a one-way end says it through its annotation ({@code uselist = false},
     * {@code @OneToOneRel} or JPA's {@code @OneToOne}: one-to-one).
     */
    private static Relationship.Kind kind(Declaration declaration, End end, End inverse) {
        if (inverse != null) {
            return Relationship.Kind.of(end, inverse);
        }
        return switch (declaration.kind()) {
            case MANY_TO_MANY -> Relationship.Kind.MANY_TO_MANY;
            case ONE_TO_MANY -> end.isCollection() ? Relationship.Kind.ONE_TO_MANY : Relationship.Kind.ONE_TO_ONE;
            case MANY_TO_ONE -> declaration.saysOneToOne() ? Relationship.Kind.ONE_TO_ONE
                    : Relationship.Kind.MANY_TO_ONE;
        };
    }

    /** The association table a many-to-many's ends name (either may leave it out), empty when neither does. */
    private static String table(Link link, Link inverseLink) {
        for (Link named : new Link[] {link, inverseLink}) {
            if (named != null && named.declaration().table() != null
                    && !named.declaration().table().secondary().isEmpty()) {
                return named.declaration().table().secondary();
            }
        }
        return "";
    }

    private void poisonOwners(Link link) {
        diagnostics.poison(link.end().owner());
        diagnostics.poison((TypeElement) link.end().field().getEnclosingElement());
        if (link.inverse() != null) {
            diagnostics.poison(link.inverse().owner());
        }
    }

    /**
     * Reports the ends of one class whose fields differ only in the case of their first letter
     * ({@code a_b} and {@code A_b}): their helpers ({@code addToA_b}) would have one name.
     */
    private void reportHelperNameClashes(Map<TypeElement, List<PlannedEnd>> byOwner) {
        for (Map.Entry<TypeElement, List<PlannedEnd>> entry : byOwner.entrySet()) {
            List<VariableElement> order = Members.fieldOrder(entry.getKey());
            List<PlannedEnd> planned = new ArrayList<>(entry.getValue());
            planned.sort(Comparator.comparingInt(PlannedEnd::position));
            Map<String, VariableElement> stems = new HashMap<>();
            for (PlannedEnd plan : planned) {
                if (plan.position() < 0) {
                    continue;
                }
                VariableElement field = order.get(plan.position());
                String name = field.getSimpleName().toString();
                String stem = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                VariableElement first = stems.putIfAbsent(stem, field);
                if (first != null && first != field) {
                    diagnostics.error(field, Message.HELPER_NAME_CLASH, DisplayNames.display(first),
                            DisplayNames.display(field), stem);
                    diagnostics.poison(entry.getKey());
                }
            }
        }
    }

    private static void add(Map<TypeElement, List<PlannedEnd>> byOwner, ResolvedEnd end, Relationship relationship) {
        List<VariableElement> order = Members.fieldOrder(end.owner());
        byOwner.computeIfAbsent(end.owner(), owner -> new ArrayList<>())
                .add(new PlannedEnd(relationship, order.indexOf(end.field())));
    }
}
