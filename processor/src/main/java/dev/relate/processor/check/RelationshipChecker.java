package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.End;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.AccessFinder;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks every relationship annotation of a round, reporting each error on the element it is
 * about, and plans one {@link RelationsClass} for each class that holds an end and has no errors.
 */
public final class RelationshipChecker {
    private final Types types;
    private final Diagnostics diagnostics;
    private final DeclarationReader declarations;
    private final ShapeReader shapes;
    private final Visibility visibility;
    private final AccessFinder accessFinder;
    private final FieldRules fieldRules;
    private final PairingRules pairingRules;
    private final EndFactory endFactory;

    public RelationshipChecker(Types types, Elements elements, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
        this.declarations = new DeclarationReader(elements);
        this.shapes = new ShapeReader(types, elements);
        this.visibility = new Visibility(elements);
        this.accessFinder = new AccessFinder(types, visibility);
        this.fieldRules = new FieldRules(shapes, diagnostics);
        this.pairingRules = new PairingRules(types, shapes, declarations, diagnostics, fieldRules);
        this.endFactory = new EndFactory(types, elements, visibility);
    }

    /**
     * @param fields every field carrying a relate annotation, in a stable order
     * @param buildTypes the classes compiled in this build, for which helpers can be written
     * @return the classes to generate, ordered by name
     */
    public List<RelationsClass> check(List<VariableElement> fields, Set<TypeElement> buildTypes) {
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
        Set<VariableElement> named = namedOtherEnds(fields);
        for (VariableElement marker : markers) {
            try {
                checkMarker(marker, named);
            } catch (RuntimeException e) {
                unexpected(marker, e);
            }
        }
        Map<TypeElement, List<Planned>> byOwner = new HashMap<>();
        for (Link link : links.values()) {
            try {
                plan(link, links, buildTypes, byOwner);
            } catch (RuntimeException e) {
                unexpected(link.declaration().field(), e);
            }
        }
        return relationsClasses(byOwner);
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

    /**
     * The fields that the declarations of the round name as their other end, by backref or
     * backPopulates: a {@code @Backref} field among them is no orphan, whatever else is wrong.
     */
    private Set<VariableElement> namedOtherEnds(List<VariableElement> fields) {
        Set<VariableElement> named = new HashSet<>();
        for (VariableElement field : fields) {
            try {
                for (Declaration declaration : declarations.declarationsOn(field)) {
                    named.addAll(otherEnds(declaration, field.asType()));
                }
            } catch (RuntimeException e) {
                unexpected(field, e);
            }
        }
        return named;
    }

    /** The fields a declaration names as its other end, on the class its field's type relates to. */
    private List<VariableElement> otherEnds(Declaration declaration, TypeMirror type) {
        Shape shape = shapes.shapeOf(type);
        if (shape instanceof Shape.Unfit) {
            return List.of();
        }
        List<VariableElement> ends = new ArrayList<>();
        for (String name : List.of(declaration.backref(), declaration.backPopulates())) {
            VariableElement other = name.isEmpty() ? null : Members.field(Shapes.target(shape), name);
            if (other != null) {
                ends.add(other);
            }
        }
        return ends;
    }

    /**
     * A {@code @Backref} field must be the other end of some declaration: one in this round, or one
     * in the class it relates to (which may come from a library). A backPopulates naming it is
     * reported on that declaration.
     */
    private void checkMarker(VariableElement marker, Set<VariableElement> named) {
        if (named.contains(marker)) {
            return;
        }
        TypeElement declaring = declaringType(marker);
        Shape shape = shapes.shapeOf(marker.asType());
        String name = marker.getSimpleName().toString();
        if (!(shape instanceof Shape.Unfit)) {
            TypeElement related = Shapes.target(shape);
            for (VariableElement candidate : Members.instanceFields(related)) {
                TypeMirror type = types.asMemberOf((DeclaredType) related.asType(), candidate);
                for (Declaration declaration : declarations.declarationsOn(candidate)) {
                    if (otherEnds(declaration, type).contains(marker)) {
                        return;
                    }
                }
            }
        }
        String where = shape instanceof Shape.Unfit ? "the class it relates to" : Shapes.simpleName(Shapes.target(shape));
        diagnostics.error(marker, declarations.backrefMarker(marker), null, Message.ORPHAN_BACKREF,
                Shapes.display(marker), where, name);
        diagnostics.poison(declaring);
    }

    /** An end of a relationship planned for a generated class, with its position among the owner's fields. */
    private record Planned(Relationship relationship, int position) {
    }

    private void plan(Link link, Map<VariableElement, Link> links, Set<TypeElement> buildTypes,
            Map<TypeElement, List<Planned>> byOwner) {
        // an other end declared in a class compiled elsewhere (a library) was checked there, not in
        // this round: this end plans the pair alone, and build() reports an owner outside the build
        if (link.isBackPopulates() && buildTypes.contains(declaringType(link.inverse().field()))) {
            Link inverse = links.get(link.inverse().field());
            boolean agrees = inverse != null && inverse.inverse() != null
                    && inverse.inverse().field().equals(link.end().field());
            if (!agrees) {
                poisonOwners(link);
                return;
            }
            if (isSecondOfPair(link, links)) {
                return;
            }
        }
        Relationship relationship = build(link, buildTypes);
        if (relationship == null) {
            poisonOwners(link);
            return;
        }
        add(byOwner, link.end(), relationship);
        if (link.inverse() != null) {
            add(byOwner, link.inverse(), relationship.reversed());
        }
    }

    /** Both ends of a backPopulates pair declare it; the one met first plans it. */
    private static boolean isSecondOfPair(Link link, Map<VariableElement, Link> links) {
        for (VariableElement field : links.keySet()) {
            if (field.equals(link.end().field())) {
                return false;
            }
            if (field.equals(link.inverse().field())) {
                return true;
            }
        }
        return false;
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
        if (!checkClasses(declaration, ends, buildTypes, packages)) {
            return null;
        }
        End end = end(link.end(), link, packages, true);
        End inverse = link.inverse() == null ? null : end(link.inverse(), link, packages, false);
        if (end == null || (link.inverse() != null && inverse == null)) {
            return null;
        }
        return new Relationship(end, inverse);
    }

    /**
     * Checks that relate writes a class for each owner and that every generated class can name the
     * classes it uses; each problem is reported once, on the declaration.
     */
    private boolean checkClasses(Declaration declaration, List<ResolvedEnd> ends, Set<TypeElement> buildTypes,
            Set<String> packages) {
        boolean fits = true;
        for (ResolvedEnd end : ends) {
            TypeElement owner = end.owner();
            if (!buildTypes.contains(owner)) {
                diagnostics.error(declaration.field(), declaration.mirror(), null, Message.NOT_IN_BUILD,
                        Shapes.simpleName(owner), generatedName(owner), Shapes.simpleName(owner),
                        Shapes.simpleName(declaration.declaringType()));
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
            fits &= fieldRules.checkClass(type, declaration.field(), declaration.mirror());
        }
        if (!fits) {
            return false;
        }
        for (String pkg : packages) {
            for (TypeElement type : classes) {
                if (!visibility.typeVisibleFrom(type, pkg)) {
                    diagnostics.error(declaration.field(), declaration.mirror(), null, Message.CLASS_NOT_VISIBLE,
                            Shapes.simpleName(type), pkg, generatedIn(ends, pkg));
                    return false;
                }
            }
        }
        return true;
    }

    private static String generatedName(TypeElement owner) {
        return RelationsClass.nameFor(ClassName.get(owner)).simpleName();
    }

    /** The generated class of an end whose owner is in {@code pkg}. */
    private String generatedIn(List<ResolvedEnd> ends, String pkg) {
        for (ResolvedEnd end : ends) {
            if (visibility.packageOf(end.owner()).equals(pkg)) {
                return generatedName(end.owner());
            }
        }
        throw new IllegalStateException("no end in package " + pkg);
    }

    /**
     * Finds how to reach an end's field and builds its model.
     *
     * @param own whether the end is the one the declaration annotates; a backPopulates end reports
     *     its errors on its own annotation, a backref target on the backref value
     */
    private End end(ResolvedEnd end, Link link, Set<String> packages, boolean own) {
        AccessFinder.Found found = accessFinder.find(end.field(), end.owner(), packages, !end.isCollection());
        if (found.access() != null) {
            return endFactory.create(end, found.access(), packages);
        }
        Declaration declaration = link.declaration();
        String type = Shapes.readable(types.asMemberOf((DeclaredType) end.owner().asType(), end.field()));
        String getter = "getter " + found.getter() + "()";
        String setter = "setter " + found.setter() + "(" + type + ")";
        String missing = switch (found.missing()) {
            case "getter" -> getter;
            case "setter" -> setter;
            default -> getter + " and " + setter;
        };
        String where = packages.size() == 1 ? "package " + packages.iterator().next()
                : "packages " + String.join(" and ", packages);
        String display = Shapes.display(end.owner(), end.field());
        if (own) {
            diagnostics.error(end.field(), declaration.mirror(), null, Message.NO_ACCESSORS, display, where, missing,
                    missing);
        } else if (link.isBackPopulates()) {
            diagnostics.error(end.field(), mirrorOn(end.field()), null, Message.NO_ACCESSORS, display, where, missing,
                    missing);
        } else {
            diagnostics.error(declaration.field(), declaration.mirror(), declaration.value("backref"),
                    Message.NO_ACCESSORS, display, where, missing, missing);
        }
        return null;
    }

    private AnnotationMirror mirrorOn(VariableElement field) {
        List<Declaration> found = declarations.declarationsOn(field);
        return found.isEmpty() ? null : found.get(0).mirror();
    }


    private void poisonOwners(Link link) {
        diagnostics.poison(link.end().owner());
        diagnostics.poison(declaringType(link.end().field()));
        if (link.inverse() != null) {
            diagnostics.poison(link.inverse().owner());
        }
    }

    private void add(Map<TypeElement, List<Planned>> byOwner, ResolvedEnd end, Relationship relationship) {
        List<VariableElement> order = fieldOrder(end.owner());
        byOwner.computeIfAbsent(end.owner(), owner -> new ArrayList<>())
                .add(new Planned(relationship, order.indexOf(end.field())));
    }

    /** The fields of a class in the order its helpers appear: superclass fields first, each class in source order. */
    private static List<VariableElement> fieldOrder(TypeElement owner) {
        List<TypeElement> hierarchy = Members.hierarchy(owner);
        List<VariableElement> order = new ArrayList<>();
        for (int i = hierarchy.size() - 1; i >= 0; i--) {
            order.addAll(ElementFilter.fieldsIn(hierarchy.get(i).getEnclosedElements()));
        }
        return order;
    }

    private List<RelationsClass> relationsClasses(Map<TypeElement, List<Planned>> byOwner) {
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
                    ownerName, visibility.isPublic(owner), List.copyOf(relationships)));
        }
        return List.copyOf(sorted.values());
    }

    private void unexpected(VariableElement field, RuntimeException e) {
        diagnostics.error(field, Message.UNEXPECTED, Shapes.display(field), e);
        diagnostics.poison(declaringType(field));
    }

    private static TypeElement declaringType(VariableElement field) {
        return (TypeElement) field.getEnclosingElement();
    }
}
