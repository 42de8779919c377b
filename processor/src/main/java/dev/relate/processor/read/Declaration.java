package dev.relate.processor.read;

import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A relationship declared on a field: by one of relate's annotations, or by a JPA mapping read as
 * the relate annotation it means.
 *
 * @param field the field that is the end
 * @param site where the annotation is written: the field, or its getter for a JPA mapping on a
 *     property; errors point there
 * @param kind what it declares, as the relate annotation that says the same
 * @param mirror the annotation, for pointing errors at it
 * @param source whose annotation it is, with the names of its attributes
 * @param backPopulates the {@code backPopulates} value (JPA: {@code mappedBy}, or the field whose
 *     {@code mappedBy} names this one), empty when there is none
 * @param backref the {@code backref} value, empty when not given
 * @param uselist the {@code uselist} value of {@code @OneToManyRel}, false for the {@code mappedBy} end
 *     of a {@code @OneToOneRel}, true elsewhere
 * @param table the association table of a many-to-many, null elsewhere
 * @param shape what the field's type, as declared, makes of it
 */
public record Declaration(
        VariableElement field, Element site, RelKind kind, AnnotationMirror mirror, Source source,
        String backPopulates, String backref, boolean uselist, Table table, Shape shape) {

    /**
     * The association table a many-to-many names.
     *
     * @param secondary the table's name as written
     * @param leftColumn the column of left ids
     * @param rightColumn the column of right ids
     * @param declared whether relate's annotation names it, so that relate writes its table class; a
     *     JPA mapping's table is the JPA provider's to store
     * @param bothWays whether the declaration names its columns by position ({@code leftColumn},
     *     {@code rightColumn}) and per end ({@code joinColumn}, {@code inverseJoinColumn}) at once
     * @param orderColumn the column of each link's index in this end's list ({@code orderColumn},
     *     JPA's {@code @OrderColumn}), empty when there is none
     * @param inverseOrderColumn the same for the other end's list, as the other end declares it
     */
    public record Table(String secondary, String leftColumn, String rightColumn, boolean declared,
            boolean bothWays, String orderColumn, String inverseOrderColumn) {

        /** A table without order columns. */
        public Table(String secondary, String leftColumn, String rightColumn, boolean declared, boolean bothWays) {
            this(secondary, leftColumn, rightColumn, declared, bothWays, "", "");
        }

        /** This table with the given order columns: this end's, then the other end's. */
        public Table withOrder(String orderColumn, String inverseOrderColumn) {
            return new Table(secondary, leftColumn, rightColumn, declared, bothWays, orderColumn, inverseOrderColumn);
        }

        /** Whether the two name the same table and columns, whoever declared them. */
        public boolean sameAs(Table other) {
            return secondary.equals(other.secondary) && leftColumn.equals(other.leftColumn)
                    && rightColumn.equals(other.rightColumn);
        }
    }

    /**
     * Whose annotation a declaration is: relate's {@code @OneToManyRel}, {@code @ManyToOneRel} or
     * {@code @ManyToManyRel}, relate's {@code @OneToOneRel}, or a JPA mapping's.
     */
    public enum Source {
        RELATE,
        ONE_TO_ONE,
        JPA;

        /**
         * This source's name for one of relate's attributes, or null when its annotation has none.
         * {@code @OneToOneRel} says {@code backPopulates} on its owning end and {@code mappedBy} on
         * the other: {@link Declaration#value} tells them apart. {@code mappedBy}, the name
         * {@link Declaration#otherAttribute} gives for those two, is their own.
         */
        public String attribute(String relateAttribute) {
            return switch (this) {
                case RELATE -> relateAttribute;
                case ONE_TO_ONE -> relateAttribute.equals("backPopulates") || relateAttribute.equals("backref")
                        || relateAttribute.equals("mappedBy") ? relateAttribute : null;
                case JPA -> relateAttribute.equals("backPopulates") || relateAttribute.equals("mappedBy")
                        ? "mappedBy" : null;
            };
        }
    }

    public TypeElement declaringType() {
        return (TypeElement) field.getEnclosingElement();
    }

    public String fieldName() {
        return field.getSimpleName().toString();
    }

    public boolean isOneWay() {
        return backPopulates.isEmpty() && backref.isEmpty();
    }

    /**
     * Whether the declaration says {@code acyclic = true}: the relationship is a tree that refuses
     * cycles. A JPA mapping has no such attribute.
     */
    public boolean acyclic() {
        AnnotationValue value = source == Source.RELATE ? value("acyclic") : null;
        return value != null && Boolean.TRUE.equals(value.getValue());
    }

    /**
     * The field of each element that keeps its index, as {@code position = "rank"} names it; empty
     * when not given. A JPA mapping has no such attribute.
     */
    public String position() {
        AnnotationValue value = source == Source.RELATE ? value("position") : null;
        return value == null ? "" : value.getValue().toString();
    }

    /**
     * The {@code key} of a {@code @OneToManyRel} or {@code @ManyToManyRel} (JPA: the {@code name} of
     * {@code @MapKey} beside the mapping): the field of the target class whose value is each
     * element's key in a map end; empty when not given (and for every other annotation).
     */
    public String mapKey() {
        if (kind != RelKind.ONE_TO_MANY && kind != RelKind.MANY_TO_MANY) {
            return "";
        }
        if (source == Source.JPA) {
            return JpaMapKey.name(site);
        }
        AnnotationValue value = value("key");
        return value != null && value.getValue() instanceof String text ? text.strip() : "";
    }

    /** Whether this is relate's {@code @OneToOneRel}, read as the annotation it means for its end. */
    public boolean isOneToOneAlias() {
        return source == Source.ONE_TO_ONE;
    }

    /**
     * Whether this is a {@code @OneToOneRel} end mapped by its other end ({@code mappedBy}): the end
     * that {@code @OneToManyRel(uselist = false)} declares.
     */
    public boolean isMappedBy() {
        return source == Source.ONE_TO_ONE && kind == RelKind.ONE_TO_MANY && !backPopulates.isEmpty();
    }

    /**
     * Whether this is a {@code @OneToOneRel} that says {@code mappedBy} beside {@code backPopulates}
     * or {@code backref}, claiming both roles: it was read as the owning end.
     */
    public boolean claimsBothRoles() {
        return source == Source.ONE_TO_ONE && kind == RelKind.MANY_TO_ONE && written("mappedBy") != null;
    }

    /**
     * Whether the annotation as written says one-to-one: relate's {@code @OneToOneRel} or JPA's
     * {@code @OneToOne}, either end (an end of a one-to-one is read as a many-to-one or as
     * {@code uselist = false}, as SQLAlchemy spells it).
     */
    public boolean saysOneToOne() {
        return source == Source.ONE_TO_ONE || source == Source.JPA && display().equals("@OneToOne");
    }

    /** Whether this is a JPA mapping read as relate's annotation. */
    public boolean isJpa() {
        return source == Source.JPA;
    }

    /** The name of the other end's field: the backPopulates or backref value. */
    public String otherName() {
        return backPopulates.isEmpty() ? backref : backPopulates;
    }

    /**
     * The annotation value of relate's attribute (or the JPA attribute that says the same), if the
     * user wrote it; null when it is the default, or when the annotation has no such attribute.
     */
    public AnnotationValue value(String attribute) {
        String own = isMappedBy() && attribute.equals("backPopulates") ? "mappedBy" : source.attribute(attribute);
        return own == null ? null : written(own);
    }

    /** The annotation value of the annotation's own attribute, if the user wrote it; else null. */
    public AnnotationValue written(String own) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(own)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The attribute naming the other end: {@code "backPopulates"} or {@code "backref"} (JPA: {@code "mappedBy"}). */
    public String otherAttribute() {
        String attribute = backPopulates.isEmpty() ? "backref" : "backPopulates";
        String own = isMappedBy() ? "mappedBy" : source.attribute(attribute);
        return own == null ? attribute : own;
    }

    /**
     * The annotation value naming the other end, as the user wrote it ({@code backPopulates},
     * {@code backref} or {@code mappedBy}), for pointing errors at it; null when this annotation
     * does not name it (the owning end of a JPA mapping, named by the other end's {@code mappedBy}).
     */
    public AnnotationValue otherValue() {
        return value(otherAttribute());
    }

    /**
     * The annotation the other end needs, as users write it: {@code @ManyToOneRel} for a
     * {@code @OneToManyRel}; for a JPA mapping, JPA's ({@code @ManyToOne} for a {@code @OneToMany}).
     */
    public String inverseDisplay() {
        if (source == Source.ONE_TO_ONE) {
            return display();
        }
        if (source == Source.RELATE) {
            return kind.inverse().display();
        }
        return switch (display()) {
            case "@OneToMany" -> "@ManyToOne";
            case "@ManyToOne" -> "@OneToMany";
            default -> display();
        };
    }

    /** The annotation as users write it: {@code @OneToManyRel}, or JPA's {@code @OneToMany}. */
    public String display() {
        return "@" + mirror.getAnnotationType().asElement().getSimpleName();
    }
}
