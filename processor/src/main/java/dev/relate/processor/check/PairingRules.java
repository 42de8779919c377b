package dev.relate.processor.check;

import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.ShapeReader;
import dev.relate.processor.read.TableQualifiers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Types;

/** The rules that find the other end named by backPopulates or backref, and check that the two fit. */
final class PairingRules {
    private final Types types;
    private final ShapeReader shapes;
    private final DeclarationReader declarations;
    private final JpaAgreementRule agreementRule;
    private final Diagnostics diagnostics;
    private final FieldRules fieldRules;
    /** The many-to-many ends reported as naming another table than their other end, to report a pair once. */
    private final Map<VariableElement, VariableElement> tableMismatches = new HashMap<>();
    /** Which declaration's backref manages each field, to find a field managed twice. */
    private final Map<VariableElement, Declaration> backrefTargets = new HashMap<>();
    /** The other end of each field reported as an end of the wrong kind, to report each pair once. */
    private final Map<VariableElement, VariableElement> kindMismatches = new HashMap<>();

    PairingRules(Types types, ShapeReader shapes, DeclarationReader declarations, Diagnostics diagnostics,
            FieldRules fieldRules, JpaAgreementRule agreementRule) {
        this.agreementRule = agreementRule;
        this.types = types;
        this.shapes = shapes;
        this.declarations = declarations;
        this.diagnostics = diagnostics;
        this.fieldRules = fieldRules;
    }

    /**
     * Finds and checks the other end of a declaration whose own field fits.
     *
     * @return the link, or null after reporting why there is none
     */
    Link pair(Declaration declaration, Shape shape) {
        TypeElement declaring = declaration.declaringType();
        if (declaration.isOneWay()) {
            return new Link(declaration, new ResolvedEnd(declaration.field(), declaring, shape), null);
        }
        if (declaration.claimsBothRoles()) {
            String owning = declaration.backPopulates().isEmpty() ? "backref" : "backPopulates";
            error(declaration, "mappedBy", Message.ONE_TO_ONE_BOTH_ROLES, DisplayNames.display(declaration.field()),
                    declaration.written("mappedBy").getValue(), owning, declaration.otherName(), owning);
            return null;
        }
        if (!declaration.backPopulates().isEmpty() && !declaration.backref().isEmpty()) {
            error(declaration, "backref", Message.BACKREF_AND_BACK_POPULATES, DisplayNames.display(declaration.field()),
                    declaration.backPopulates(), declaration.backref());
            return null;
        }
        TypeElement target = shape.target();
        String name = declaration.otherName();
        VariableElement other = Members.field(target, name);
        if (other == null) {
            error(declaration, Message.MISSING_FIELD, declaration.otherAttribute(), name,
                    DisplayNames.simpleName(target),
                    candidates(target, declaring));
            return null;
        }
        if (other.equals(declaration.field())) {
            error(declaration, Message.SELF_INVERSE, declaration.otherAttribute(), name,
                    DisplayNames.simpleName(target));
            return null;
        }
        if (target.getKind().isInterface()) {
            // a field of an interface is static, and no modifier changes that
            error(declaration, Message.OTHER_END_IN_INTERFACE, declaration.otherAttribute(), name,
                    DisplayNames.display(target, other), DisplayNames.simpleName(target));
            return null;
        }
        if (other.getModifiers().contains(Modifier.STATIC)) {
            error(declaration, Message.OTHER_END_STATIC, declaration.otherAttribute(), name,
                    DisplayNames.display(target, other));
            return null;
        }
        Shape otherShape = shapes.shapeOf(types.asMemberOf((DeclaredType) target.asType(), other));
        return declaration.backPopulates().isEmpty()
                ? pairBackref(declaration, shape, other, otherShape)
                : pairBackPopulates(declaration, shape, other, otherShape);
    }

    private Link pairBackPopulates(Declaration declaration, Shape shape, VariableElement other, Shape otherShape) {
        TypeElement target = shape.target();
        String name = declaration.backPopulates();
        String otherDisplay = DisplayNames.display(target, other);
        List<Declaration> found = declarations.declarationsOn(other);
        if (found.isEmpty()) {
            String expected = inverseAnnotation(declaration);
            if (declaration.isJpa() || declaration.isMappedBy()) {
                error(declaration, Message.MAPPED_BY_NOT_MAPPED, name, otherDisplay,
                        declaration.isJpa() ? declaration.inverseDisplay() : expected);
            } else if (declarations.backrefMarker(other) != null) {
                error(declaration, Message.OTHER_END_IS_BACKREF, name, otherDisplay, expected);
            } else {
                error(declaration, Message.OTHER_END_NOT_DECLARED, name, otherDisplay, expected);
            }
            return null;
        }
        if (found.size() > 1 || otherShape instanceof Shape.Unfit
                || agreementRule.differ(found.get(0), declarations.jpaBeside(other), otherShape)) {
            return null; // reported on the other field itself
        }
        Declaration inverse = found.get(0);
        if (inverse.kind() != declaration.kind().inverse()) {
            if (declaration.field().equals(kindMismatches.get(other))) {
                return null; // the pair is reported once, on the end met first
            }
            kindMismatches.put(declaration.field(), other);
            if (sameOneToOneRole(declaration, shape, inverse, otherShape)) {
                error(declaration, declaration.kind() == RelKind.MANY_TO_ONE ? Message.ONE_TO_ONE_OWNED_TWICE
                        : Message.ONE_TO_ONE_MAPPED_TWICE, DisplayNames.display(declaration.field()),
                        asWritten(declaration), otherDisplay, asWritten(inverse));
                return null;
            }
            error(declaration, Message.END_KIND_MISMATCH, DisplayNames.display(declaration.field()),
                    declaration.display(), declaration.inverseDisplay(), otherDisplay, inverse.display());
            return null;
        }
        TypeElement otherTarget = otherShape.target();
        boolean namesNothing = inverse.backPopulates().isEmpty() && inverse.backref().isEmpty();
        if (namesNothing && !holdsThisEnd(otherTarget, declaration)) {
            // a field holding another class names no end of this one: its type is what is wrong (a JPA
            // mappedBy naming a @ManyToOne of another entity), not a missing backPopulates
            return endTypeMismatch(declaration, otherDisplay, otherTarget);
        }
        if (!inverse.backPopulates().equals(declaration.fieldName())) {
            if (namesNothingValid(inverse, other, otherShape)) {
                return null; // reported on the other field itself: fixing it there may be all it takes
            }
            VariableElement first = Members.field(otherTarget, inverse.backPopulates());
            if (declaration.isJpa() && inverse.isJpa() && first != null) {
                // the owning side is paired with the first mapping whose mappedBy names it
                String field = DisplayNames.display(declaration.field());
                String firstDisplay = DisplayNames.display(otherTarget, first);
                error(declaration, Message.MAPPED_BY_TWICE, field, firstDisplay, otherDisplay,
                        Message.Part.MAPPED_BY_TWICE_PAIRED.format(otherDisplay, firstDisplay, field));
                return null;
            }
            String says = !inverse.backref().isEmpty() ? Message.Part.OTHER_SAYS_BACKREF.format(inverse.backref())
                    : inverse.backPopulates().isEmpty() ? Message.Part.OTHER_NAMES_NOTHING.format()
                    : Message.Part.OTHER_NAMES.format(inverse.backPopulates());
            error(declaration, Message.ENDS_DISAGREE, DisplayNames.display(declaration.field()), otherDisplay, says);
            return null;
        }
        if (!holdsThisEnd(otherTarget, declaration)) {
            return endTypeMismatch(declaration, otherDisplay, otherTarget);
        }
        ResolvedEnd end = new ResolvedEnd(declaration.field(), otherTarget, shape);
        ResolvedEnd inverseEnd = new ResolvedEnd(other, target, otherShape);
        if (declaration.table() != null && !sameTable(declaration, inverse, otherDisplay,
                TableRules.isLeft(end, inverseEnd) ? end : inverseEnd)) {
            return null;
        }
        return new Link(declaration, end, inverseEnd);
    }

    /** Reports the other end holding {@code otherTarget}, not the declaring class; returns no link. */
    private Link endTypeMismatch(Declaration declaration, String otherDisplay, TypeElement otherTarget) {
        // the attribute, the field it names and what that holds, and the class it should hold
        error(declaration, Message.END_TYPE_MISMATCH, declaration.otherAttribute(), declaration.otherName(),
                otherDisplay, DisplayNames.simpleName(otherTarget),
                DisplayNames.simpleName(declaration.declaringType()));
        return null;
    }

    /**
     * Whether two ends of one relationship, one of them spelled {@code @OneToOneRel}, both hold one
     * object and claim the same role: both own the one-to-one, or both are mapped by the other.
     */
    private static boolean sameOneToOneRole(Declaration declaration, Shape shape, Declaration inverse,
            Shape otherShape) {
        return (declaration.isOneToOneAlias() || inverse.isOneToOneAlias()) && declaration.kind() == inverse.kind()
                && declaration.kind() != RelKind.MANY_TO_MANY && shape instanceof Shape.Scalar
                && otherShape instanceof Shape.Scalar;
    }

    /**
     * A one-to-one end's annotation as written, with the attribute that says its role:
     * {@code @OneToOneRel(mappedBy)}, {@code @ManyToOneRel}, {@code @OneToManyRel(uselist = false)}.
     */
    private static String asWritten(Declaration declaration) {
        if (declaration.isOneToOneAlias()) {
            return declaration.isOneWay() ? declaration.display()
                    : declaration.display() + "(" + declaration.otherAttribute() + ")";
        }
        return declaration.uselist() ? declaration.display() : declaration.display() + "(uselist = false)";
    }

    /**
     * The annotation the other end of a backPopulates declaration needs, as users write it:
     * {@code @ManyToOneRel(backPopulates = "children")}; for a many-to-many, with the same table and
     * the columns this end names.
     */
    private static String inverseAnnotation(Declaration declaration) {
        if (declaration.isOneToOneAlias()) {
            return declaration.display() + "(" + (declaration.isMappedBy() ? "backPopulates" : "mappedBy") + " = \""
                    + declaration.fieldName() + "\")";
        }
        StringBuilder annotation = new StringBuilder(declaration.kind().inverse().display()).append('(');
        Declaration.Table table = declaration.table();
        if (table != null) {
            annotation.append("secondary = \"").append(table.secondary()).append("\", ");
        }
        annotation.append("backPopulates = \"").append(declaration.fieldName()).append('"');
        if (table != null) {
            // the defaults need not be repeated: the other end's defaults are the same
            if (declaration.value("leftColumn") != null) {
                annotation.append(", leftColumn = \"").append(table.leftColumn()).append('"');
            }
            if (declaration.value("rightColumn") != null) {
                annotation.append(", rightColumn = \"").append(table.rightColumn()).append('"');
            }
        }
        return annotation.append(')').toString();
    }

    /**
     * Whether the two ends of a many-to-many name the same association table and columns; reported
     * once, on the end met first. {@code left} is the end whose class's ids leftColumn holds.
     */
    private boolean sameTable(Declaration declaration, Declaration inverse, String otherDisplay, ResolvedEnd left) {
        Declaration.Table mine = declaration.table();
        Declaration.Table theirs = inverse.table();
        if (theirs == null || mine.sameAs(theirs)) {
            return true;
        }
        // a secondary naming a schema, beside the other end's JPA mapping whose @JoinTable gives it apart
        List<TableQualifiers.Part> joinTable = TableQualifiers.ofJoinTable(List.of(declaration.field(),
                inverse.field()));
        if (inSchema(mine.secondary(), joinTable).equals(inSchema(theirs.secondary(), joinTable))
                && mine.leftColumn().equals(theirs.leftColumn()) && mine.rightColumn().equals(theirs.rightColumn())) {
            return true;
        }
        if (declaration.field().equals(tableMismatches.get(inverse.field()))) {
            return false;
        }
        tableMismatches.put(declaration.field(), inverse.field());
        if (!mine.secondary().equals(theirs.secondary())) {
            error(declaration, "secondary", Message.SECONDARY_MISMATCH, DisplayNames.display(declaration.field()),
                    mine.secondary(), otherDisplay, theirs.secondary());
        } else {
            String attribute = mine.leftColumn().equals(theirs.leftColumn()) ? "rightColumn" : "leftColumn";
            error(declaration, attribute, Message.COLUMNS_MISMATCH, DisplayNames.display(declaration.field()),
                    mine.leftColumn(), mine.rightColumn(), otherDisplay, theirs.leftColumn(), theirs.rightColumn(),
                    DisplayNames.simpleName(left.owner()), DisplayNames.display(left.owner(), left.field()));
        }
        return false;
    }

    /** A table's name qualified by a {@code @JoinTable}'s schema and catalog, unless it names its own. */
    private static String inSchema(String table, List<TableQualifiers.Part> joinTable) {
        return table.contains(".") ? table : TableQualifiers.qualified(joinTable, table);
    }

    private Link pairBackref(Declaration declaration, Shape shape, VariableElement other, Shape otherShape) {
        TypeElement target = shape.target();
        String name = declaration.backref();
        String otherDisplay = DisplayNames.display(target, other);
        List<Declaration> found = declarations.declarationsOn(other);
        if (found.size() > 1 || (!found.isEmpty() && declarations.backrefMarker(other) != null)) {
            return null; // its conflicting annotations are reported on the other field itself
        }
        if (!found.isEmpty()) {
            error(declaration, Message.BACKREF_TARGET_DECLARED, name, otherDisplay, found.get(0).display());
            return null;
        }
        Declaration previous = backrefTargets.putIfAbsent(other, declaration);
        if (previous != null && !previous.equals(declaration)) {
            error(declaration, Message.BACKREF_TWICE, name, otherDisplay, DisplayNames.display(previous.field()));
            return null;
        }
        String declaring = DisplayNames.simpleName(declaration.declaringType());
        boolean scalarOnly = declaration.kind() == RelKind.ONE_TO_MANY || declaration.isOneToOneAlias();
        boolean collectionOnly = declaration.kind() == RelKind.MANY_TO_MANY;
        Message.Part expected = scalarOnly ? Message.Part.HOLDING_ONE
                : collectionOnly ? Message.Part.COLLECTION_OF : Message.Part.COLLECTION_OR_ONE;
        boolean fits = !(otherShape instanceof Shape.Unfit)
                && !(scalarOnly && otherShape instanceof Shape.Many)
                && !(collectionOnly && otherShape instanceof Shape.Scalar)
                && holdsThisEnd(otherShape.target(), declaration);
        if (!fits) {
            AnnotationValue value = declaration.value("backref");
            if (otherShape instanceof Shape.Unfit unfit && unfit.problem() != Shape.Problem.NOT_A_CLASS
                    && unfit.problem() != Shape.Problem.GENERIC_TARGET) {
                fieldRules.reportUnfit(declaration.field(), declaration.mirror(), value, otherDisplay, unfit);
            } else {
                diagnostics.error(declaration.site(), declaration.mirror(), value, Message.BACKREF_TARGET_TYPE,
                        name, otherDisplay, DisplayNames.readable(other.asType()), expected.format(declaring));
            }
            return null;
        }
        if (otherShape instanceof Shape.Scalar && other.getModifiers().contains(Modifier.FINAL)) {
            diagnostics.error(declaration.site(), declaration.mirror(), declaration.value("backref"),
                    Message.FINAL_SCALAR, otherDisplay, FieldRules.finalFix(other));
            return null;
        }
        return new Link(declaration, new ResolvedEnd(declaration.field(), otherShape.target(), shape),
                new ResolvedEnd(other, target, otherShape));
    }

    /**
     * Whether the other end's own declaration fails on its own in a way reported on it: it names a
     * field its target lacks, names itself, or gives both backPopulates and backref.
     */
    private static boolean namesNothingValid(Declaration inverse, VariableElement other, Shape otherShape) {
        if (!inverse.backPopulates().isEmpty() && !inverse.backref().isEmpty()) {
            return true;
        }
        if (inverse.isOneWay()) {
            return false;
        }
        VariableElement named = Members.field(otherShape.target(), inverse.otherName());
        return named == null || named.equals(other);
    }

    /** Whether instances of {@code holder} are instances of the declaring class holding the annotated field. */
    private static boolean holdsThisEnd(TypeElement holder, Declaration declaration) {
        return Members.isSameOrSubclass(holder, declaration.declaringType())
                && declaration.field().equals(Members.field(holder, declaration.fieldName()));
    }

    /** The fields of {@code target} that could be meant, for a message: those relating to {@code declaring}. */
    private String candidates(TypeElement target, TypeElement declaring) {
        List<String> names = new ArrayList<>();
        for (VariableElement field : Members.instanceFields(target)) {
            Shape shape = shapes.shapeOf(types.asMemberOf((DeclaredType) target.asType(), field));
            if (!(shape instanceof Shape.Unfit)
                    && Members.isSameOrSubclass(declaring, shape.target())) {
                names.add(field.getSimpleName().toString());
            }
        }
        return names.isEmpty() ? ""
                : Message.Part.FITTING_FIELDS.format(DisplayNames.simpleName(target), String.join(", ", names));
    }

    /** Reports an error on the value that names the other end: backPopulates, backref or mappedBy. */
    private void error(Declaration declaration, Message message, Object... args) {
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.otherValue(), message, args);
    }

    private void error(Declaration declaration, String attribute, Message message, Object... args) {
        diagnostics.error(declaration.site(), declaration.mirror(), declaration.value(attribute), message, args);
    }
}
