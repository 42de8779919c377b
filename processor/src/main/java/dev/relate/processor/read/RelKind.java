package dev.relate.processor.read;

/** The relationship annotations, by what they declare. */
public enum RelKind {
    ONE_TO_MANY("dev.relate.OneToManyRel"),
    MANY_TO_ONE("dev.relate.ManyToOneRel"),
    MANY_TO_MANY("dev.relate.ManyToManyRel");

    /** The marker for a field that a backref manages. */
    public static final String BACKREF = "dev.relate.Backref";

    /** The class annotation of an association object. */
    public static final String ASSOCIATION_OBJECT = "dev.relate.AssociationObject";

    private final String annotation;

    RelKind(String annotation) {
        this.annotation = annotation;
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
