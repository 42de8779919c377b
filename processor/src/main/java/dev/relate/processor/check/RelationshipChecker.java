package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.EntityInterface;
import dev.relate.processor.model.Helper;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.AccessorBodies;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.IdFinder;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.ShapeReader;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks every relationship annotation of a round, reporting each error on the element it is
 * about, and plans one {@link RelationsClass} for each class that holds an end and has no errors.
 * It runs its steps in order, each on what the one before returned: field rules and pairing
 * ({@link FieldLinker}), planning ({@link Planner}), associations ({@link AssociationStep}), the names
 * relate generates ({@link GeneratedNameRules}), then tables and their name clashes ({@link TablePlacement}).
 */
public final class RelationshipChecker {
    private final Visibility visibility;
    private final Diagnostics diagnostics;
    private final FieldLinker fieldLinker;
    private final Planner planner;
    private final AssociationStep associationStep;
    private final GeneratedNameRules generatedNameRules;
    private final EntityInterfaceRules entityInterfaceRules;
    private final TablePlacement tablePlacement;
    private final EventRules eventRules;

    /**
     * @param declarations the round's reader of relate's annotations, which reads each element once
     * @param helpers the public helpers the writer declares for a class to generate, in its order, for
     *     the rule that no two of them clash
     */
    public RelationshipChecker(Types types, Elements elements, DeclarationReader declarations,
            Diagnostics diagnostics, Function<RelationsClass, List<Helper>> helpers) {
        this(types, elements, declarations, diagnostics, helpers, AccessorBodies.NONE,
                AccessFinder.Reach.ACCESSORS_FOR_JAVA_8);
    }

    /**
     * @param declarations the round's reader of relate's annotations, which reads each element once
     * @param helpers the public helpers the writer declares for a class to generate, in its order, for
     *     the rule that no two of them clash
     * @param bodies reads accessors' bodies, to find those that call relate
     * @param reach how generated code reaches a private field with accessors: through field handles
     *     (Java 9 or later) or through the accessors
     */
    public RelationshipChecker(Types types, Elements elements, DeclarationReader declarations,
            Diagnostics diagnostics, Function<RelationsClass, List<Helper>> helpers, AccessorBodies bodies,
            AccessFinder.Reach reach) {
        this.diagnostics = diagnostics;
        ShapeReader shapes = new ShapeReader(types, elements);
        boolean proxies = AccessFinder.jpaOnClassPath(elements);
        this.visibility = new Visibility(elements);
        FieldRules fieldRules = new FieldRules(diagnostics);
        JpaAgreementRule agreementRule = new JpaAgreementRule(diagnostics);
        this.fieldLinker = new FieldLinker(declarations, fieldRules, agreementRule,
                new PairingRules(types, shapes, declarations, diagnostics, fieldRules, agreementRule),
                new BackrefMarkerRule(types, shapes, declarations, diagnostics), new AcyclicRule(types, diagnostics),
                new PositionRule(diagnostics), new OrderColumnRule(diagnostics),
                new MapRule(types, declarations, diagnostics), diagnostics);
        OwnerRules ownerRules = new OwnerRules(elements, visibility, fieldRules, diagnostics);
        AssociationRules associationRules = new AssociationRules(declarations, visibility, diagnostics);
        AccessRules accessRules = new AccessRules(types, new AccessFinder(types, visibility, reach, proxies),
                new EndFactory(types, elements, visibility), visibility, declarations, diagnostics, bodies, reach);
        this.planner = new Planner(visibility, ownerRules, accessRules, associationRules, declarations,
                diagnostics);
        TableRules tableRules = new TableRules(new IdFinder(types, visibility), visibility, diagnostics);
        AssociationTableRules associationTableRules = new AssociationTableRules(elements, tableRules,
                new AccessFinder(types, visibility, reach, proxies), declarations, visibility, diagnostics);
        this.associationStep = new AssociationStep(declarations, associationRules, associationTableRules, diagnostics);
        this.generatedNameRules = new GeneratedNameRules(elements, diagnostics, helpers);
        this.entityInterfaceRules = new EntityInterfaceRules(elements, types, diagnostics, helpers);
        this.tablePlacement = new TablePlacement(elements, declarations, tableRules, ownerRules, diagnostics);
        this.eventRules = new EventRules(types, elements, visibility, diagnostics);
    }

    /**
     * @param annotatedFields every field carrying a relate annotation, in a stable order
     * @param associationTypes the classes annotated with {@code @AssociationObject}, in a stable order
     * @param buildTypes the classes compiled in this build, for which helpers can be written
     * @return the classes to generate
     */
    public Plan check(List<VariableElement> annotatedFields, List<TypeElement> associationTypes,
            Set<TypeElement> buildTypes) {
        return check(annotatedFields, associationTypes, buildTypes, Set.of());
    }

    /**
     * @param roundTypes the classes of the round, whose {@code @Validates} and {@code @OnChange}
     *     methods are checked even where the class holds no end
     */
    public Plan check(List<VariableElement> annotatedFields, List<TypeElement> associationTypes,
            Set<TypeElement> buildTypes, Set<TypeElement> roundTypes) {
        LinkedFields linked = fieldLinker.link(annotatedFields);
        PlannedRelationships planned = planner.plan(linked, buildTypes);
        CheckedAssociations associations = associationStep.check(associationTypes, planned.built());
        eventRules.check(planned.byOwner(), roundTypes, buildTypes);
        List<RelationsClass> candidates = relationsClasses(planned.byOwner(), associations.parts());
        generatedNameRules.check(candidates, buildTypes);
        List<EntityInterface> interfaces = entityInterfaceRules.check(candidates, buildTypes);
        TablePlacement.PlacedTables tables = tablePlacement.place(planned.byOwner().keySet(), planned.tables(),
                associations.tables(), buildTypes);
        // the helpers of every class reached, class files too, without those the last steps found errors in:
        // where the writer finds other classes' end objects; of them, the build's classes get files written
        Map<ClassName, TypeElement> owners = new HashMap<>();
        for (TypeElement owner : planned.byOwner().keySet()) {
            owners.put(ClassName.get(owner), owner);
        }
        List<RelationsClass> reached = new ArrayList<>();
        List<RelationsClass> written = new ArrayList<>();
        for (RelationsClass relations : candidates) {
            TypeElement owner = owners.get(relations.owner());
            if (!diagnostics.hasErrors(owner)) {
                reached.add(relations);
                if (buildTypes.contains(owner)) {
                    written.add(relations); // the others keep the helpers an earlier compilation wrote
                }
            }
        }
        List<EntityInterface> toWrite = new ArrayList<>();
        for (EntityInterface entityInterface : interfaces) {
            if (written.contains(entityInterface.relations())) {
                toWrite.add(entityInterface);
            }
        }
        return new Plan(written, tables.tables(), tables.associationTables(), reached, toWrite);
    }

    /** The classes to generate for the classes with ends and no errors, in the order of their qualified names. */
    private List<RelationsClass> relationsClasses(Map<TypeElement, List<PlannedEnd>> byOwner,
            Map<ClassName, List<AssociationClass.Part>> parts) {
        Map<String, RelationsClass> sorted = new TreeMap<>();
        for (Map.Entry<TypeElement, List<PlannedEnd>> entry : byOwner.entrySet()) {
            TypeElement owner = entry.getKey();
            if (diagnostics.hasErrors(owner)) {
                continue;
            }
            List<PlannedEnd> planned = new ArrayList<>(entry.getValue());
            planned.sort(Comparator.comparingInt(PlannedEnd::position));
            Set<Relationship> relationships = new LinkedHashSet<>();
            for (PlannedEnd plan : planned) {
                relationships.add(eventRules.withEvents(plan.relationship()));
            }
            ClassName ownerName = ClassName.get(owner);
            List<AssociationClass.Part> withEvents = new ArrayList<>();
            for (AssociationClass.Part part : parts.getOrDefault(ownerName, List.of())) {
                withEvents.add(new AssociationClass.Part(eventRules.withEvents(part.association()), part.role()));
            }
            sorted.put(owner.getQualifiedName().toString(), new RelationsClass(RelationsClass.nameFor(ownerName),
                    ownerName, visibility.isPublic(owner), List.copyOf(relationships), List.copyOf(withEvents)));
        }
        Map<String, RelationsClass> withSuperclasses = new TreeMap<>();
        for (TypeElement owner : byOwner.keySet()) {
            String name = owner.getQualifiedName().toString();
            RelationsClass relations = sorted.get(name);
            if (relations != null) {
                withSuperclasses.put(name, relations.withSuperclasses(superclassesInPackage(owner, sorted)));
            }
        }
        return List.copyOf(withSuperclasses.values());
    }

    /**
     * The generated classes of the superclasses of {@code owner} in its package that hold ends,
     * nearest first: detaching an object unlinks the ends it inherits from them too. A superclass
     * in another package is left to its own {@code detach}: its fields may not be visible here.
     */
    private static List<RelationsClass> superclassesInPackage(TypeElement owner, Map<String, RelationsClass> sorted) {
        List<RelationsClass> superclasses = new ArrayList<>();
        List<TypeElement> hierarchy = Members.hierarchy(owner);
        String ownerPackage = RelationsClass.nameFor(ClassName.get(owner)).packageName();
        for (TypeElement superclass : hierarchy.subList(1, hierarchy.size())) {
            RelationsClass relations = sorted.get(superclass.getQualifiedName().toString());
            if (relations != null && relations.name().packageName().equals(ownerPackage)) {
                superclasses.add(relations);
            }
        }
        return superclasses;
    }
}
