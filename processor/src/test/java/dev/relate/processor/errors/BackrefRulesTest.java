package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules of backref: the field it names, and fields marked @Backref. */
class BackrefRulesTest {

    @Test
    void targetDeclaresItsOwnRelationship() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetDeclared.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetDeclared", source, "backref = \"parent\"",
                "backref = \"parent\" names ErroneousBackrefTargetDeclared.Child.parent, which declares its own"
                        + " @ManyToOneRel",
                "write backPopulates = \"parent\" here",
                "remove the annotation from ErroneousBackrefTargetDeclared.Child.parent");
        result.wroteNone("test.errors.ErroneousBackrefTargetDeclared_ParentRelations");
        // the one-way Child.parent is valid on its own
        result.wrote("test.errors.ErroneousBackrefTargetDeclared_ChildRelations");
    }

    @Test
    void targetHoldsAnotherClass() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetType.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, "backref = \"parent\"",
                "backref = \"parent\" names ErroneousBackrefTargetType.Child.parent, whose type is"
                        + " ErroneousBackrefTargetType.Shop",
                "needs a field holding one ErroneousBackrefTargetType.Parent there");
        result.wroteNothing();
    }

    @Test
    void oneToManyTargetIsACollection() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetCollection.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, "backref = \"parents\"",
                "backref = \"parents\" names ErroneousBackrefTargetCollection.Child.parents, whose type is"
                        + " List<ErroneousBackrefTargetCollection.Parent>",
                "needs a field holding one ErroneousBackrefTargetCollection.Parent there");
        result.wroteNothing();
    }

    @Test
    void targetIsAPrimitive() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetPrimitive.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, "backref = \"children\"",
                "ErroneousBackrefTargetPrimitive.Parent.children, whose type is long",
                "needs a collection of ErroneousBackrefTargetPrimitive.Child (one-to-many) or a field holding one"
                        + " ErroneousBackrefTargetPrimitive.Child (one-to-one)");
        result.wroteNothing();
    }

    @Test
    void targetIsARawCollection() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetRaw.java");
        Result result = compile(source);
        // the plain field has no annotation to report on: the error goes on the backref naming it
        assertError(result, "RelateRawCollection", source, "backref = \"children\"",
                "ErroneousBackrefTargetRaw.Parent.children has the raw type List");
        result.wroteNothing();
    }

    @Test
    void targetIsAWildcardCollection() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetWildcard.java");
        Result result = compile(source);
        assertError(result, "RelateWildcardCollection", source, "backref = \"children\"",
                "ErroneousBackrefTargetWildcard.Parent.children has type List<? extends");
        result.wroteNothing();
    }

    @Test
    void targetIsFinal() {
        JavaFileObject source = input("backref/ErroneousBackrefTargetFinal.java");
        Result result = compile(source);
        assertError(result, "RelateFinalScalar", source, "backref = \"holder\"",
                "ErroneousBackrefTargetFinal.Passport.holder is final", "remove final");
        result.wroteNothing();
    }

    @Test
    void twoBackrefsNameOneField() {
        JavaFileObject source = input("backref/ErroneousBackrefTwice.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefTwice", source, ErrorTesting.annotationAbove(source, "favourites;"),
                "backref = \"parent\" names ErroneousBackrefTwice.Child.parent, which the backref of"
                        + " ErroneousBackrefTwice.Parent.children already manages",
                "name another field");
        result.wroteNone("test.errors.ErroneousBackrefTwice_ParentRelations");
    }

    @Test
    void backrefMarkerNamedByNoBackref() {
        JavaFileObject source = input("backref/ErroneousOrphanBackref.java");
        Result result = compile(source);
        assertError(result, "RelateOrphanBackref", source, "@Backref",
                "ErroneousOrphanBackref.Child.parent is marked @Backref, but no backref declaration in"
                        + " ErroneousOrphanBackref.Parent names it",
                "add backref = \"parent\" to the relationship it mirrors, or remove @Backref");
        result.wroteNothing();
    }

    @Test
    void backrefMarkerWhoseNameABackrefToAnotherClassUses() {
        JavaFileObject source = input("backref/ErroneousOrphanBackrefOtherClass.java");
        Result result = compile(source);
        // Parent.shop's backref = "owner" names Shop.owner: it does not make Child.owner any less an orphan
        assertError(result, "RelateOrphanBackref", source, "@Backref",
                "ErroneousOrphanBackrefOtherClass.Child.owner is marked @Backref, but no backref declaration in"
                        + " ErroneousOrphanBackrefOtherClass.Parent names it");
        result.wroteNone("test.errors.ErroneousOrphanBackrefOtherClass_ChildRelations");
        result.wrote("test.errors.ErroneousOrphanBackrefOtherClass_ParentRelations");
        result.wrote("test.errors.ErroneousOrphanBackrefOtherClass_ShopRelations");
    }

    @Test
    void backrefMarkerOnAPrimitive() {
        JavaFileObject source = input("backref/ErroneousOrphanBackrefUnfit.java");
        Result result = compile(source);
        assertError(result, "RelateOrphanBackref", source, "@Backref",
                "ErroneousOrphanBackrefUnfit.Child.parent is marked @Backref, but no backref declaration in the class"
                        + " it relates to names it");
        result.wroteNothing();
    }

    @Test
    void backrefMarkerOfTheWrongType() {
        JavaFileObject source = input("backref/ErroneousBackrefMarkerWrongType.java");
        Result result = compile(source);
        // reported once, on the backref: the marked field is named, if with the wrong type
        assertError(result, "RelateBackrefTargetType", source, "backref = \"parent\"",
                "ErroneousBackrefMarkerWrongType.Child.parent, whose type is"
                        + " ErroneousBackrefMarkerWrongType.Shop");
        result.wroteNothing();
    }

    @Test
    void backPopulatesNamesABackrefMarker() {
        JavaFileObject source = input("backref/ErroneousBackrefNamedByBackPopulates.java");
        Result result = compile(source);
        // reported once, on the backPopulates: not again as an orphan @Backref
        assertError(result, "RelateOtherEndIsBackref", source, "@OneToManyRel(backPopulates = \"parent\")",
                "backPopulates = \"parent\" names ErroneousBackrefNamedByBackPopulates.Child.parent, which is marked"
                        + " @Backref",
                "write backref = \"parent\" here, or replace @Backref on it with @ManyToOneRel(backPopulates ="
                        + " \"children\")");
        result.wroteNothing();
    }
}
