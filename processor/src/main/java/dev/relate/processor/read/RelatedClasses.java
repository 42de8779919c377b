package dev.relate.processor.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The classes whose declarations decide what relate writes for the classes of a build: those
 * classes, and every class their relationships reach, as source or as class file (the annotations
 * have CLASS retention, so a class file shows them as its source did). Following the ends from
 * class to class, and from a class to its superclasses, finds the other end of each relationship,
 * the association objects a class takes part in and their far sides: a class compiled alone is
 * checked and written as in a full build.
 */
public final class RelatedClasses {
    private final ShapeReader shapes;
    private final DeclarationReader declarations;

    public RelatedClasses(ShapeReader shapes, DeclarationReader declarations) {
        this.shapes = shapes;
        this.declarations = declarations;
    }

    /** The classes {@code build} reaches through relationships, {@code build} included, by name. */
    public Set<TypeElement> reachedFrom(Iterable<TypeElement> build) {
        Set<TypeElement> reached = new TreeSet<>(Comparator.comparing(type -> type.getQualifiedName().toString()));
        Deque<TypeElement> pending = new ArrayDeque<>();
        build.forEach(pending::add);
        while (!pending.isEmpty()) {
            TypeElement type = pending.remove();
            if (!reached.add(type)) {
                continue;
            }
            for (TypeElement declaring : Members.hierarchy(type)) {
                pending.add(declaring);
                for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                    TypeElement target = target(field);
                    // a plain field is an end when a backref on the class it relates to names it; a backref
                    // toward this class that names no field of it is an error, found on that class
                    if (target != null && (isEnd(field) || managedFrom(target, field, declaring))) {
                        pending.add(target);
                    }
                }
            }
        }
        return reached;
    }

    /**
     * Whether one of {@code types} holds an end though its source may show no relate annotation: an
     * end it inherits, or a field that a backref on the class it relates to manages (or a backref
     * toward it that names no field of it, an error). relate writes helpers for such a class, or
     * reports the error, when it is compiled alone too.
     */
    public boolean anyHoldsEnd(Iterable<TypeElement> types) {
        for (TypeElement type : types) {
            for (TypeElement declaring : Members.hierarchy(type)) {
                for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                    TypeElement target = target(field);
                    if (isEnd(field) || target != null && managedFrom(target, field, declaring)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a field carries a relationship annotation or {@code @Backref}. */
    public boolean isEnd(VariableElement field) {
        return declarations.carriesRelateAnnotation(field);
    }

    /** The class on the other side of a field that can be an end; null for any other field. */
    private TypeElement target(VariableElement field) {
        Shape shape = shapes.shapeOf(field.asType());
        if (shape instanceof Shape.Scalar scalar) {
            return scalar.target();
        }
        return shape instanceof Shape.Many many ? many.target() : null;
    }

    /**
     * Whether a backref on {@code target} (or a superclass) names {@code field} of {@code declaring},
     * or relates {@code target} to {@code declaring} at all.
     */
    private boolean managedFrom(TypeElement target, VariableElement field, TypeElement declaring) {
        for (VariableElement candidate : Members.instanceFields(target)) {
            for (Declaration declaration : declarations.declarationsOn(candidate)) {
                if (!declaration.backref().isEmpty() && (declaration.backref().equals(field.getSimpleName().toString())
                        || declaring.equals(target(candidate)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The fields of {@code types} that carry a relationship annotation or {@code @Backref}, each
     * class in source order.
     */
    public List<VariableElement> endsOf(Set<TypeElement> types) {
        List<VariableElement> ends = new ArrayList<>();
        for (TypeElement type : types) {
            for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                if (isEnd(field)) {
                    ends.add(field);
                }
            }
        }
        return ends;
    }

    /** The classes among {@code types} annotated with {@code @AssociationObject}, in the order of {@code types}. */
    public static List<TypeElement> associationsAmong(Iterable<TypeElement> types) {
        List<TypeElement> associations = new ArrayList<>();
        for (TypeElement type : types) {
            if (DeclarationReader.isAssociation(type)) {
                associations.add(type);
            }
        }
        return associations;
    }
}
