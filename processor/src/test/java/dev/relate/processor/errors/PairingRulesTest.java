package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.annotationAbove;
import static com.google.common.truth.Truth.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules that find the other end named by backPopulates or backref and check that the two ends fit. */
class PairingRulesTest {

    @Test
    void backrefAndBackPopulatesTogether() {
        JavaFileObject source = input("pairing/ErroneousBackrefAndBackPopulates.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefAndBackPopulates", source, "backref = \"owner\"",
                "ErroneousBackrefAndBackPopulates.Parent.children gives both backPopulates = \"parent\" and backref ="
                        + " \"owner\"");
        result.wroteNothing();
    }

    @Test
    void otherEndGivesBothAttributes() {
        JavaFileObject source = input("pairing/ErroneousOtherEndHasBoth.java");
        Result result = compile(source);
        // once, where both are given; Parent.children, which names it, is not blamed as well
        assertError(result, "RelateBackrefAndBackPopulates", source,
                "@ManyToOneRel(backPopulates = \"children\", backref = \"children\")",
                "ErroneousOtherEndHasBoth.Child.parent gives both");
        result.wroteNothing();
    }

    @Test
    void backPopulatesNamesTheFieldItself() {
        JavaFileObject source = input("pairing/ErroneousSelfInverse.java");
        Result result = compile(source);
        assertError(result, "RelateSelfInverse", source, "@OneToManyRel(backPopulates = \"children\")",
                "backPopulates = \"children\" names the annotated field itself",
                "name the field of ErroneousSelfInverse.Node that points back");
        result.wroteNothing();
    }

    @Test
    void backrefNamesTheFieldItself() {
        JavaFileObject source = input("pairing/ErroneousSelfBackref.java");
        Result result = compile(source);
        assertError(result, "RelateSelfInverse", source, "backref = \"spouse\"",
                "backref = \"spouse\" names the annotated field itself");
        result.wroteNothing();
    }

    @Test
    void backPopulatesNamesAMissingField() {
        JavaFileObject source = input("pairing/ErroneousMissingField.java");
        Result result = compile(source);
        // the typo is reported once, where it is; Child.parent, which names Parent.children, is not blamed
        assertError(result, "RelateMissingField", source, "@OneToManyRel(backPopulates = \"parnet\")",
                "backPopulates = \"parnet\" names no field of ErroneousMissingField.Child",
                "ErroneousMissingField.Child has parent of a fitting type");
        result.wroteNothing();
    }

    @Test
    void backrefNamesAMissingField() {
        JavaFileObject source = input("pairing/ErroneousMissingBackrefField.java");
        Result result = compile(source);
        assertError(result, "RelateMissingField", source, "@OneToManyRel(backref = \"parent\")",
                "backref = \"parent\" names no field of ErroneousMissingBackrefField.Child",
                "name the field that is the other end");
        result.wroteNothing();
    }

    @Test
    void otherEndIsStatic() {
        JavaFileObject source = input("pairing/ErroneousOtherEndStatic.java");
        Result result = compile(source);
        assertError(result, "RelateOtherEndStatic", source, "@OneToManyRel(backref = \"parent\")",
                "backref = \"parent\" names ErroneousOtherEndStatic.Child.parent, which is static");
        result.wroteNothing();
    }

    @Test
    void otherEndInAnInterface() {
        JavaFileObject source = input("pairing/ErroneousOtherEndInInterface.java");
        Result result = compile(source);
        // not "remove static": a field of an interface cannot be anything else
        assertError(result, "RelateOtherEndInInterface", source, "@ManyToOneRel(backref = \"pets\")",
                "backref = \"pets\" names ErroneousOtherEndInInterface.Owner.pets, but"
                        + " ErroneousOtherEndInInterface.Owner is an interface, whose fields are always static",
                "relate a class that has the other end as an instance field");
        assertThat(result.errors().get(0)).doesNotContain("remove static");
        result.wroteNothing();
    }

    @Test
    void otherEndDeclaresNothing() {
        JavaFileObject source = input("pairing/ErroneousOtherEndNotDeclared.java");
        Result result = compile(source);
        assertError(result, "RelateOtherEndNotDeclared", source, "@ManyToOneRel(backPopulates = \"children\")",
                "backPopulates = \"children\" names ErroneousOtherEndNotDeclared.Parent.children, which declares no"
                        + " relationship",
                "annotate it with @OneToManyRel(backPopulates = \"parent\")", "write backref = \"children\" here");
        result.wroteNothing();
    }

    @Test
    void twoOneToManyEnds() {
        JavaFileObject source = input("pairing/ErroneousEndKindMismatch.java");
        Result result = compile(source);
        // one mistake between two fields: reported once, not on each end
        assertError(result, "RelateEndKindMismatch", source, "@OneToManyRel(backPopulates = \"children\")",
                "ErroneousEndKindMismatch.Child.parents is a @OneToManyRel, so its other end must be a @ManyToOneRel",
                "ErroneousEndKindMismatch.Parent.children is a @OneToManyRel");
        result.wroteNothing();
    }

    @Test
    void twoManyToOneEnds() {
        JavaFileObject source = input("pairing/ErroneousEndKindMismatchScalars.java");
        Result result = compile(source);
        assertError(result, "RelateEndKindMismatch", source, "@ManyToOneRel(backPopulates = \"husband\")",
                "ErroneousEndKindMismatchScalars.Husband.wife is a @ManyToOneRel, so its other end must be a"
                        + " @OneToManyRel",
                "ErroneousEndKindMismatchScalars.Wife.husband is a @ManyToOneRel");
        result.wroteNothing();
    }

    @Test
    void otherEndNamesAnotherField() {
        JavaFileObject source = input("pairing/ErroneousEndsDisagree.java");
        Result result = compile(source);
        assertError(result, "RelateEndsDisagree", source, annotationAbove(source, "List<Child> favourites;"),
                "ErroneousEndsDisagree.Parent.favourites names ErroneousEndsDisagree.Child.parent as its other end,"
                        + " but ErroneousEndsDisagree.Child.parent names \"children\"");
        // Child.parent and Parent.children agree: Child gets its helpers, Parent (with the error) none
        result.wroteNone("test.errors.ErroneousEndsDisagree_ParentRelations");
        result.wrote("test.errors.ErroneousEndsDisagree_ChildRelations");
    }

    @Test
    void secondEndNamingTheSameField() {
        JavaFileObject source = input("pairing/ErroneousEndsDisagreeSecondEnd.java");
        Result result = compile(source);
        assertError(result, "RelateEndsDisagree", source, annotationAbove(source, "Parent stepParent;"),
                "ErroneousEndsDisagreeSecondEnd.Child.stepParent names ErroneousEndsDisagreeSecondEnd.Parent.children"
                        + " as its other end, but ErroneousEndsDisagreeSecondEnd.Parent.children names \"parent\"");
        result.wroteNone("test.errors.ErroneousEndsDisagreeSecondEnd_ChildRelations");
        result.wrote("test.errors.ErroneousEndsDisagreeSecondEnd_ParentRelations");
    }

    @Test
    void otherEndNamesNone() {
        JavaFileObject source = input("pairing/ErroneousEndsDisagreeOneWay.java");
        Result result = compile(source);
        assertError(result, "RelateEndsDisagree", source, "@OneToManyRel(backPopulates = \"parent\")",
                "ErroneousEndsDisagreeOneWay.Parent.children names ErroneousEndsDisagreeOneWay.Child.parent as its"
                        + " other end, but ErroneousEndsDisagreeOneWay.Child.parent names no other end");
        result.wroteNone("test.errors.ErroneousEndsDisagreeOneWay_ParentRelations");
        // the one-way end on its own is valid
        result.wrote("test.errors.ErroneousEndsDisagreeOneWay_ChildRelations");
    }

    @Test
    void otherEndUsesBackref() {
        JavaFileObject source = input("pairing/ErroneousEndsDisagreeBackref.java");
        Result result = compile(source);
        assertError(result, "RelateEndsDisagree", source, "@OneToManyRel(backPopulates = \"parent\")",
                "ErroneousEndsDisagreeBackref.Child.parent declares backref = \"others\"",
                "backPopulates on both ends, or backref on one");
        result.wroteNone("test.errors.ErroneousEndsDisagreeBackref_ParentRelations");
    }

    @Test
    void otherEndHoldsAnotherClass() {
        JavaFileObject source = input("pairing/ErroneousEndTypeMismatch.java");
        Result result = compile(source);
        assertError(result, "RelateEndTypeMismatch", source, annotationAbove(source, "List<Child> children;"),
                "backPopulates = \"owner\" names ErroneousEndTypeMismatch.Child.owner, which holds"
                        + " ErroneousEndTypeMismatch.Shop, but its other end is in ErroneousEndTypeMismatch.Parent",
                "name a field that holds ErroneousEndTypeMismatch.Parent");
        result.wroteNone("test.errors.ErroneousEndTypeMismatch_ParentRelations");
        // Shop.children and Child.owner are a valid pair
        result.wrote("test.errors.ErroneousEndTypeMismatch_ShopRelations");
        result.wrote("test.errors.ErroneousEndTypeMismatch_ChildRelations");
    }
}
