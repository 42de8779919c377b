package dev.relate.processor.read;

import dev.relate.AssociationObject;
import dev.relate.Backref;
import dev.relate.IgnoreMappings;
import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The relationship annotations, by what they declare. Their names come from the annotation classes
 * themselves, so that renaming or moving one breaks the processor's build.
 */
public enum RelKind {
    ONE_TO_MANY(OneToManyRel.class),
    MANY_TO_ONE(ManyToOneRel.class),
    MANY_TO_MANY(ManyToManyRel.class);

    /**
     * relate's spelling of a one-to-one in JPA's words, which reads as {@link #ONE_TO_MANY} with
     * {@code uselist = false} (its {@code mappedBy} end) or as {@link #MANY_TO_ONE} (its owning end,
     * which says {@code backPopulates} or {@code backref}, or nothing: one-way).
     */
    public static final String ONE_TO_ONE = OneToOneRel.class.getName();

    /** The marker for a field that a backref manages. */
    public static final String BACKREF = Backref.class.getName();

    /** The class annotation of an association object. */
    public static final String ASSOCIATION_OBJECT = AssociationObject.class.getName();

    /** The marker that leaves a class's or a field's JPA mappings unread. */
    public static final String IGNORE_MAPPINGS = IgnoreMappings.class.getName();

    /** relate's own annotations: the relationship annotations, {@code @Backref}, {@code @AssociationObject}. */
    public static final Set<String> RELATE_ANNOTATIONS = relateAnnotations();

    private final String annotation;

    RelKind(Class<? extends Annotation> annotation) {
        this.annotation = annotation.getName();
    }

    private static Set<String> relateAnnotations() {
        Set<String> types = new LinkedHashSet<>();
        for (RelKind kind : values()) {
            types.add(kind.annotation);
        }
        types.add(ONE_TO_ONE);
        types.add(BACKREF);
        types.add(ASSOCIATION_OBJECT);
        return Collections.unmodifiableSet(types);
    }

    /** The annotation's qualified name. */
    public String annotation() {
        return annotation;
    }

    /** The kind of annotation the other end of a relationship declared with this one carries. */
    public RelKind inverse() {
        return switch (this) {
            case ONE_TO_MANY -> MANY_TO_ONE;
            case MANY_TO_ONE -> ONE_TO_MANY;
            case MANY_TO_MANY -> MANY_TO_MANY;
        };
    }

    /** The annotation as users write it, {@code @OneToManyRel}. */
    public String display() {
        return "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
    }
}
