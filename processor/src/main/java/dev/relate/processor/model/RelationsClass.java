package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One generated {@code <Class>Relations} class.
 *
 * @param name the generated class
 * @param owner the class it helps
 * @param isPublic whether the generated class is public (it is, when the owner is visible outside its package)
 * @param relationships the relationships of the owner's ends, each seen from the owner's end, in
 *     field order
 * @param associations the association classes the owner takes part in, as one or as a side
 * @param superclasses the generated classes of the owner's superclasses in its package that hold
 *     ends of their own, nearest first: the ends an owner's object inherits, which detaching it
 *     unlinks too
 */
public record RelationsClass(ClassName name, ClassName owner, boolean isPublic, List<Relationship> relationships,
        List<AssociationClass.Part> associations, List<RelationsClass> superclasses) {

    public RelationsClass(ClassName name, ClassName owner, boolean isPublic, List<Relationship> relationships) {
        this(name, owner, isPublic, relationships, List.of());
    }

    public RelationsClass(ClassName name, ClassName owner, boolean isPublic, List<Relationship> relationships,
            List<AssociationClass.Part> associations) {
        this(name, owner, isPublic, relationships, associations, List.of());
    }

    /** The same class, detaching the ends of {@code superclasses} too. */
    public RelationsClass withSuperclasses(List<RelationsClass> superclasses) {
        return new RelationsClass(name, owner, isPublic, relationships, associations, List.copyOf(superclasses));
    }

    /** The generated class for an owner: {@code ParentRelations}, {@code Outer_InnerRelations} for nested classes. */
    public static ClassName nameFor(ClassName owner) {
        return ClassName.get(owner.packageName(), String.join("_", owner.simpleNames()) + "Relations");
    }
}
