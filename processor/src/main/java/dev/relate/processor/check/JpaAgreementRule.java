package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.LeftEnd;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.TableQualifiers;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A field that carries relate's annotation and a JPA mapping: relate reads its own, and the two must
 * say the same (the kind of end, the other end, the association table and which column holds whose
 * ids), or a user's queries and JPA's rows would disagree with the helpers.
 */
final class JpaAgreementRule {
    private final Diagnostics diagnostics;

    JpaAgreementRule(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * What relate's annotation and the JPA mapping say differently.
     *
     * @param attribute relate's attribute that says it, or null for the annotation as a whole
     */
    private record Difference(String attribute, String relateSays, String jpaSays) {
    }

    /** Whether the two agree; reports the first difference on relate's annotation otherwise. */
    boolean check(Declaration relate, Declaration jpa, Shape shape) {
        Difference difference = difference(relate, jpa, shape);
        if (difference == null) {
            return true;
        }
        diagnostics.error(relate.site(), relate.mirror(),
                difference.attribute() == null ? null : relate.value(difference.attribute()), Message.JPA_DISAGREES,
                DisplayNames.display(relate.field()), relate.display(), difference.relateSays(), jpa.display(),
                difference.jpaSays(), relate.display());
        return false;
    }

    /**
     * Whether the two differ, without a word: the other end of a relationship whose annotations
     * differ leaves the report to that end.
     */
    boolean differ(Declaration relate, Declaration jpa, Shape shape) {
        return jpa != null && shape != null && !(shape instanceof Shape.Unfit)
                && difference(relate, jpa, shape) != null;
    }

    private static Difference difference(Declaration relate, Declaration jpa, Shape shape) {
        if (relate.kind() != jpa.kind() || relate.uselist() != jpa.uselist()) {
            boolean roles = relate.isOneToOneAlias() && jpa.saysOneToOne();
            return new Difference(null, Message.Part.KIND_SAYS.format(roles ? role(relate) : kind(relate)),
                    Message.Part.KIND_SAYS.format(roles ? role(jpa) : kind(jpa)));
        }
        if (relate.isOneToOneAlias() && !jpa.saysOneToOne()) {
            // the owning end of a one-to-one and a many-to-one are read alike; JPA's @ManyToOne is not one
            return new Difference(null, Message.Part.KIND_SAYS.format(role(relate)),
                    Message.Part.KIND_SAYS.format(kind(jpa)));
        }
        if (!relate.otherName().isEmpty() && !jpa.backPopulates().isEmpty()
                && !relate.otherName().equals(jpa.backPopulates())) {
            return new Difference(relate.otherAttribute(), otherEnd(relate.otherName()),
                    otherEnd(jpa.backPopulates()));
        }
        if (!relate.mapKey().isEmpty() && !jpa.mapKey().isEmpty() && !relate.mapKey().equals(jpa.mapKey())) {
            return new Difference("key", Message.Part.KEY_SAYS.format(relate.mapKey()),
                    Message.Part.KEY_SAYS.format(jpa.mapKey()));
        }
        Declaration.Table mine = relate.table();
        Declaration.Table theirs = jpa.table();
        if (mine == null || theirs == null) {
            return null;
        }
        // a secondary that names a schema says where @JoinTable's schema and catalog put the table
        String jpaTable = mine.secondary().contains(".") ? TableQualifiers.qualified(
                TableQualifiers.ofJoinTable(List.of(jpa.field())), theirs.secondary()) : theirs.secondary();
        if (!mine.secondary().equalsIgnoreCase(jpaTable)) {
            return new Difference("secondary", Message.Part.TABLE_SAYS.format(mine.secondary()),
                    Message.Part.TABLE_SAYS.format(jpaTable));
        }
        if (!mine.leftColumn().equalsIgnoreCase(theirs.leftColumn())
                || !mine.rightColumn().equalsIgnoreCase(theirs.rightColumn())) {
            TypeElement declaring = relate.declaringType();
            TypeElement target = shape.target();
            boolean declaringLeft = relate.backPopulates().isEmpty() || LeftEnd.isLeft(relate.fieldName(),
                    declaring.getQualifiedName().toString(), relate.backPopulates(),
                    target.getQualifiedName().toString());
            String left = DisplayNames.simpleName(declaringLeft ? declaring : target);
            String right = DisplayNames.simpleName(declaringLeft ? target : declaring);
            String attribute = mine.leftColumn().equalsIgnoreCase(theirs.leftColumn()) ? "rightColumn" : "leftColumn";
            return new Difference(attribute,
                    Message.Part.COLUMNS_SAY.format(mine.leftColumn(), left, mine.rightColumn(), right),
                    Message.Part.COLUMNS_SAY.format(theirs.leftColumn(), left, theirs.rightColumn(), right));
        }
        return null;
    }

    private static String otherEnd(String name) {
        return Message.Part.OTHER_END_SAYS.format(name);
    }

    /**
     * The role of a one-to-one end, for a {@code @OneToOneRel} beside JPA's {@code @OneToOne}: the one
     * that owns it or the one mapped by the other.
     */
    private static String role(Declaration declaration) {
        return declaration.kind() == RelKind.MANY_TO_ONE ? Message.Part.ONE_TO_ONE_OWNING.format()
                : Message.Part.ONE_TO_ONE_MAPPED.format();
    }

    /**
     * The relate annotation a declaration means: {@code @OneToManyRel(uselist = false)}; for a
     * {@code @OneToOneRel} as written, {@code @OneToOneRel(mappedBy)}.
     */
    private static String kind(Declaration declaration) {
        if (declaration.isOneToOneAlias()) {
            return declaration.display() + (declaration.isMappedBy() ? "(mappedBy)" : "");
        }
        String display = declaration.kind().display();
        return declaration.uselist() ? display : display + "(uselist = false)";
    }
}
