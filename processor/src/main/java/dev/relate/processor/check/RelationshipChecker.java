package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.Helper;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.IdFinder;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.ShapeReader;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks every relationship annotation of a round, reporting each error on the element it is
 * about, and plans one {@link RelationsClass} for each class that holds an end and has no errors.
 */
public final class RelationshipChecker {
    private final Elements elements;
    private final Diagnostics diagnostics;
    private final DeclarationReader declarations;
    private final Visibility visibility;
    private final FieldRules fieldRules;
    private final PairingRules pairingRules;
    private final BackrefMarkerRule markerRule;
    private final OwnerRules ownerRules;
    private final AccessRules accessRules;
    private final TableRules tableRules;
    private final AssociationRules associationRules;
    private final AssociationTableRules associationTableRules;
    private final GeneratedNameRules generatedNameRules;

    /**
     * @param helpers the public helpers the writer declares for a class to generate, in its order, for
     *     the rule that no two of them clash
     */
    public RelationshipChecker(Types types, Elements elements, Diagnostics diagnostics,
            Function<RelationsClass, List<Helper>> helpers) {
        this.elements = elements;
        this.diagnostics = diagnostics;
        this.declarations = new DeclarationReader(elements);
        ShapeReader shapes = new ShapeReader(types, elements);
        this.visibility = new Visibility(elements);
        this.fieldRules = new FieldRules(shapes, diagnostics);
        this.pairingRules = new PairingRules(types, shapes, declarations, diagnostics, fieldRules);
        this.markerRule = new BackrefMarkerRule(types, shapes, declarations, diagnostics);
        this.ownerRules = new OwnerRules(elements, visibility, fieldRules, diagnostics);
        this.associationRules = new AssociationRules(declarations, visibility, diagnostics);
        this.tableRules = new TableRules(new IdFinder(types, visibility), visibility, diagnostics);
        this.associationTableRules = new AssociationTableRules(elements, tableRules, new AccessFinder(types, visibility),
                declarations, visibility, diagnostics);
        this.generatedNameRules = new GeneratedNameRules(elements, diagnostics, helpers);
        this.accessRules = new AccessRules(types, new AccessFinder(types, visibility),
                new EndFactory(types, elements, visibility), declarations, diagnostics);
    }

    /**
     * @param fields every field carrying a relate annotation, in a stable order
     * @param buildTypes the classes compiled in this build, for which helpers can be written
     * @return the classes to generate
     */
    public Plan check(List<VariableElement> annotatedFields, Set<TypeElement> buildTypes) {
        return check(annotatedFields, List.of(), buildTypes);
    }

    /**
     * @param annotatedFields every field carrying a relate annotation, in a stable order
     * @param associationTypes the classes annotated with {@code @AssociationObject}, in a stable order
     * @param buildTypes the classes compiled in this build, for which helpers can be written
     * @return the classes to generate
     */
    public Plan check(List<VariableElement> annotatedFields, List<TypeElement> associationTypes,
            Set<TypeElement> buildTypes) {
        List<VariableElement> fields = markerRule.withDeclarationsNamingMarkers(annotatedFields);
        Map<VariableElement, Link> links = new LinkedHashMap<>();
        List<VariableElement> markers = new ArrayList<>();
        for (VariableElement field : fields) {
            try {
                Link link = checkField(field, markers);
                if (link != null) {
                    links.put(field, link);
                }
            } catch (RuntimeException e) {
                unexpected(field, e);
            }
        }
        Set<VariableElement> named = new HashSet<>();
        for (VariableElement field : fields) {
            try {
                markerRule.collectNamed(field, named);
            } catch (RuntimeException e) {
                unexpected(field, e);
            }
        }
        for (VariableElement marker : markers) {
            try {
                markerRule.check(marker, named);
            } catch (RuntimeException e) {
                unexpected(marker, e);
            }
        }
        Map<VariableElement, Integer> positions = new HashMap<>();
        for (VariableElement field : fields) {
            positions.put(field, positions.size());
        }
        Map<TypeElement, List<Planned>> byOwner = new HashMap<>();
        List<TableRules.Planned> tables = new ArrayList<>();
        Map<VariableElement, Relationship> built = new HashMap<>();
        for (Link link : links.values()) {
            try {
                plan(link, links, positions, buildTypes, byOwner, tables, built);
            } catch (RuntimeException e) {
                unexpected(link.declaration().field(), e);
            }
        }
        reportHelperNameClashes(byOwner);
        Map<ClassName, List<AssociationClass.Part>> parts = new HashMap<>();
        List<AssociationTableClass> associationTables = new ArrayList<>();
        for (TypeElement type : associationTypes) {
            try {
                AssociationClass association = associationRules.check(type, built);
                AssociationTableClass table = association == null ? null
                        : associationTableRules.check(type, association);
                if (table != null) {
                    associationTables.add(table);
                }
                if (association != null) {
                    addPart(parts, association.type(), association, AssociationClass.Role.ASSOCIATION);
                    addPart(parts, association.leftType(), association, AssociationClass.Role.LEFT);
                    addPart(parts, association.rightType(), association, AssociationClass.Role.RIGHT);
                }
            } catch (RuntimeException e) {
                diagnostics.error(type, Message.UNEXPECTED, Shapes.simpleName(type), e);
                diagnostics.poison(type);
            }
        }
        generatedNameRules.check(relationsClasses(byOwner, parts), buildTypes);
        Map<ClassName, TypeElement> owners = new HashMap<>();
        for (TypeElement owner : byOwner.keySet()) {
            owners.put(ClassName.get(owner), owner);
        }
        List<LinkTableClass> checkedTables = new ArrayList<>();
        for (LinkTableClass table : tableRules.check(tables)) {
            // a table needs the helpers of both its ends; the right class of a one-way many-to-many has none
            if (hasHelpers(table.left().type(), owners, buildTypes)
                    && (table.relationship().isOneWay() || hasHelpers(table.right().type(), owners, buildTypes))) {
                checkedTables.add(table);
            }
        }
        byOwner.keySet().retainAll(buildTypes); // the others keep the helpers an earlier compilation wrote
        owners.values().retainAll(buildTypes);
        checkedTables.sort(Comparator.comparing(table -> table.name().canonicalName()));
        List<AssociationTableClass> storedAssociations = new ArrayList<>();
        // who took each table name (lower case, as SQL compares them) and each class name: a link table, then
        // the association tables before
        Map<String, TableUser> tableUsers = new HashMap<>();
        Map<ClassName, TableUser> nameUsers = new HashMap<>();
        for (LinkTableClass table : checkedTables) {
            TableUser user = TableUser.of(table.relationship().end());
            tableUsers.putIfAbsent(table.table().toLowerCase(Locale.ROOT), user);
            nameUsers.putIfAbsent(table.name(), user);
        }
        for (AssociationTableClass table : associationTables) {
            if (tableTaken(table, tableUsers, nameUsers)) {
                continue;
            }
            if (hasHelpers(table.association().type(), owners, buildTypes)) {
                storedAssociations.add(table);
                TableUser user = TableUser.of(table.association().type());
                tableUsers.putIfAbsent(table.table().toLowerCase(Locale.ROOT), user);
                nameUsers.putIfAbsent(table.name(), user);
            }
        }
        storedAssociations.sort(Comparator.comparing(table -> table.name().canonicalName()));
        return new Plan(relationsClasses(byOwner, parts), List.copyOf(checkedTables),
                List.copyOf(storedAssociations));
    }

    /** Checks one annotated field on its own and finds its other end; null after errors or for a marker. */
    private Link checkField(VariableElement field, List<VariableElement> markers) {
        List<Declaration> found = declarations.declarationsOn(field);
        AnnotationMirror marker = declarations.backrefMarker(field);
        List<String> names = new ArrayList<>();
        for (Declaration declaration : found) {
            names.add(declaration.kind().display());
        }
        if (marker != null) {
            names.add("@Backref");
        }
        if (names.size() > 1) {
            diagnostics.error(field, Message.CONFLICTING_ANNOTATIONS, Shapes.display(field), names.get(0),
                    names.get(1));
            diagnostics.poison(declaringType(field));
            return null;
        }
        if (found.isEmpty()) {
            if (marker != null) {
                markers.add(field);
            }
            return null;
        }
        Declaration declaration = found.get(0);
        Shape shape = fieldRules.check(declaration);
        Link link = shape == null ? null : pairingRules.pair(declaration, shape);
        if (link == null) {
            diagnostics.poison(declaringType(field));
        }
        return link;
    }

    /** An end of a relationship planned for a generated class, with its position among the owner's fields. */
    private record Planned(Relationship relationship, int position) {
    }

    private void plan(Link link, Map<VariableElement, Link> links, Map<VariableElement, Integer> positions,
            Set<TypeElement> buildTypes, Map<TypeElement, List<Planned>> byOwner, List<TableRules.Planned> tables,
            Map<VariableElement, Relationship> built) {
        // an other end that was not checked with this one (a library's, compiled elsewhere) was checked
        // there: this end plans the pair alone, and build() reports an owner outside the build
        if (link.isBackPopulates() && positions.containsKey(link.inverse().field())) {
            Link inverse = links.get(link.inverse().field());
            boolean agrees = inverse != null && inverse.inverse() != null
                    && inverse.inverse().field().equals(link.end().field());
            if (!agrees) {
                poisonOwners(link);
                return;
            }
            if (isSecondOfPair(link, positions)) {
                return;
            }
        }
        Relationship relationship = build(link, buildTypes);
        if (relationship == null) {
            poisonOwners(link);
            return;
        }
        add(byOwner, link.end(), relationship);
        built.put(link.end().field(), relationship);
        if (link.inverse() != null) {
            built.put(link.inverse().field(), relationship.reversed());
        }
        if (link.declaration().table() != null) {
            tables.add(new TableRules.Planned(link, relationship));
        }
        if (link.inverse() != null) {
            add(byOwner, link.inverse(), relationship.reversed());
        }
    }

    /** Both ends of a backPopulates pair declare it; the one met first in the stable order of fields plans it. */
    private static boolean isSecondOfPair(Link link, Map<VariableElement, Integer> positions) {
        return positions.get(link.inverse().field()) < positions.get(link.end().field());
    }

    /** Checks what spans both ends (the build, visibility, access) and builds the model; null after errors. */
    private Relationship build(Link link, Set<TypeElement> buildTypes) {
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
        if (!ownerRules.check(declaration, ends, buildTypes, packages, alsoUsedBy)) {
            return null;
        }
        End end = accessRules.end(link.end(), link, packages, true);
        End inverse = link.inverse() == null ? null : accessRules.end(link.inverse(), link, packages, false);
        if (end == null || (link.inverse() != null && inverse == null)) {
            return null;
        }
        return new Relationship(end, inverse);
    }

    private void poisonOwners(Link link) {
        diagnostics.poison(link.end().owner());
        diagnostics.poison(declaringType(link.end().field()));
        if (link.inverse() != null) {
            diagnostics.poison(link.inverse().owner());
        }
    }

    /**
     * Reports the ends of one class whose fields differ only in the case of their first letter
     * ({@code a_b} and {@code A_b}): their helpers ({@code addToA_b}) would have one name.
     */
    private void reportHelperNameClashes(Map<TypeElement, List<Planned>> byOwner) {
        for (Map.Entry<TypeElement, List<Planned>> entry : byOwner.entrySet()) {
            List<VariableElement> order = Members.fieldOrder(entry.getKey());
            List<Planned> planned = new ArrayList<>(entry.getValue());
            planned.sort(Comparator.comparingInt(Planned::position));
            Map<String, VariableElement> stems = new HashMap<>();
            for (Planned plan : planned) {
                if (plan.position() < 0) {
                    continue;
                }
                VariableElement field = order.get(plan.position());
                String name = field.getSimpleName().toString();
                String stem = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                VariableElement first = stems.putIfAbsent(stem, field);
                if (first != null && first != field) {
                    diagnostics.error(field, Message.HELPER_NAME_CLASH, Shapes.display(first), Shapes.display(field),
                            stem);
                    diagnostics.poison(entry.getKey());
                }
            }
        }
    }

    private void add(Map<TypeElement, List<Planned>> byOwner, ResolvedEnd end, Relationship relationship) {
        List<VariableElement> order = Members.fieldOrder(end.owner());
        byOwner.computeIfAbsent(end.owner(), owner -> new ArrayList<>())
                .add(new Planned(relationship, order.indexOf(end.field())));
    }

    /**
     * Who took a table: the end of a many-to-many, or an association class, as messages show it,
     * and with its package, for when the two in one message would show alike.
     */
    private record TableUser(String display, String qualified) {
        static TableUser of(End end) {
            return new TableUser(end.displayName(), end.owner().canonicalName() + "." + end.field());
        }

        static TableUser of(ClassName type) {
            return new TableUser(String.join(".", type.simpleNames()), type.canonicalName());
        }
    }

    /** Reports an association table whose name, or class, another table has already. */
    private boolean tableTaken(AssociationTableClass table, Map<String, TableUser> tableUsers,
            Map<ClassName, TableUser> nameUsers) {
        TableUser other = tableUsers.get(table.table().toLowerCase(Locale.ROOT));
        if (other == null) {
            other = nameUsers.get(table.name());
        }
        if (other == null) {
            return false;
        }
        TypeElement type = elements.getTypeElement(table.association().type().canonicalName());
        TableUser self = TableUser.of(table.association().type());
        boolean alike = self.display().equals(other.display());
        diagnostics.error(type, AssociationRules.mirror(type), null, Message.TABLE_SHARED,
                alike ? self.qualified() : self.display(), table.table(), alike ? other.qualified() : other.display());
        diagnostics.poison(type);
        return true;
    }

    private static void addPart(Map<ClassName, List<AssociationClass.Part>> parts, ClassName owner,
            AssociationClass association, AssociationClass.Role role) {
        parts.computeIfAbsent(owner, key -> new ArrayList<>()).add(new AssociationClass.Part(association, role));
    }

    private List<RelationsClass> relationsClasses(Map<TypeElement, List<Planned>> byOwner,
            Map<ClassName, List<AssociationClass.Part>> parts) {
        Map<String, RelationsClass> sorted = new TreeMap<>();
        for (Map.Entry<TypeElement, List<Planned>> entry : byOwner.entrySet()) {
            TypeElement owner = entry.getKey();
            if (diagnostics.hasErrors(owner)) {
                continue;
            }
            List<Planned> planned = new ArrayList<>(entry.getValue());
            planned.sort(Comparator.comparingInt(Planned::position));
            Set<Relationship> relationships = new LinkedHashSet<>();
            for (Planned plan : planned) {
                relationships.add(plan.relationship());
            }
            ClassName ownerName = ClassName.get(owner);
            sorted.put(owner.getQualifiedName().toString(), new RelationsClass(RelationsClass.nameFor(ownerName),
                    ownerName, visibility.isPublic(owner), List.copyOf(relationships),
                    List.copyOf(parts.getOrDefault(ownerName, List.of()))));
        }
        return List.copyOf(sorted.values());
    }

    /**
     * Whether the class has helpers that a table can call: written in this build without errors, or
     * by an earlier compilation. {@code owners} are the classes that own an end, by name.
     */
    private boolean hasHelpers(ClassName type, Map<ClassName, TypeElement> owners, Set<TypeElement> buildTypes) {
        TypeElement owner = owners.get(type);
        if (owner == null) {
            return false;
        }
        return buildTypes.contains(owner) ? !diagnostics.hasErrors(owner) : ownerRules.hasRelations(owner);
    }

    private void unexpected(VariableElement field, RuntimeException e) {
        diagnostics.error(field, Message.UNEXPECTED, Shapes.display(field), e);
        diagnostics.poison(declaringType(field));
    }

    private static TypeElement declaringType(VariableElement field) {
        return (TypeElement) field.getEnclosingElement();
    }
}
