package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules about an annotated field on its own: its modifiers, its annotations, collection or not. */
class FieldRulesTest {

    @Test
    void staticField() {
        JavaFileObject source = input("field/ErroneousStaticField.java");
        Result result = compile(source);
        assertError(result, "RelateStaticField", source, "@ManyToOneRel",
                "ErroneousStaticField.Child.parent is static", "remove static");
        result.wroteNothing();
    }

    @Test
    void fieldsWhoseHelpersShareANameAreReportedOnTheSecond() {
        JavaFileObject source = input("field/ErroneousHelperNameClash.java");
        Result result = compile(source);
        assertError(result, "RelateHelperNameClash", source, "A_b = new",
                "ErroneousHelperNameClash.Node.a_b and ErroneousHelperNameClash.Node.A_b differ only in the case"
                        + " of their first letter",
                "named after A_b", "rename one of them");
        result.wroteNothing();
    }

    @Test
    void fieldOfAnInterface() {
        JavaFileObject source = input("field/ErroneousInterfaceField.java");
        Result result = compile(source);
        // static and final alike, but removing either is no fix: one error that says what is
        assertError(result, "RelateStaticField", source, "@ManyToOneRel",
                "ErroneousInterfaceField.Child.PARENT is static",
                "declare it as an instance field of a class (a field of an interface is always static)");
        result.wroteNothing();
    }

    @Test
    void enumConstant() {
        JavaFileObject source = input("field/ErroneousEnumConstant.java");
        Result result = compile(source);
        assertError(result, "RelateStaticField", source, "@ManyToOneRel",
                "ErroneousEnumConstant.Size.LARGE is static",
                "declare it as an instance field of a class (an enum constant is always static)");
        result.wroteNothing();
    }

    @Test
    void twoRelationshipAnnotationsOnOneField() {
        JavaFileObject source = input("field/ErroneousConflictingAnnotations.java");
        Result result = compile(source);
        assertError(result, "RelateConflictingAnnotations", source, "List<Child> children;",
                "ErroneousConflictingAnnotations.Parent.children carries both @OneToManyRel and @ManyToOneRel",
                "keep only the one");
        result.wroteNothing();
    }

    @Test
    void backrefMarkerBesideARelationshipAnnotation() {
        JavaFileObject source = input("field/ErroneousConflictingBackref.java");
        Result result = compile(source);
        // reported once, on the field with both annotations: not again on the backref naming it
        assertError(result, "RelateConflictingAnnotations", source, "Parent parent;",
                "ErroneousConflictingBackref.Child.parent carries both @ManyToOneRel and @Backref");
        result.wroteNothing();
    }

    @Test
    void oneToManyOnAScalar() {
        JavaFileObject source = input("field/ErroneousNotACollection.java");
        Result result = compile(source);
        assertError(result, "RelateNotACollection", source, "@OneToManyRel",
                "@OneToManyRel on ErroneousNotACollection.Parent.child needs a collection",
                "ErroneousNotACollection.Child", "uselist = false");
        result.wroteNothing();
    }

    @Test
    void uselistFalseOnACollection() {
        JavaFileObject source = input("field/ErroneousUselistContradicts.java");
        Result result = compile(source);
        assertError(result, "RelateUselistContradicts", source, "@OneToManyRel(uselist = false)",
                "ErroneousUselistContradicts.Parent.children is a collection", "remove uselist = false",
                "hold one ErroneousUselistContradicts.Child");
        result.wroteNothing();
    }

    @Test
    void manyToOneOnACollection() {
        JavaFileObject source = input("field/ErroneousManyToOneCollection.java");
        Result result = compile(source);
        assertError(result, "RelateManyToOneCollection", source, "@ManyToOneRel",
                "@ManyToOneRel on ErroneousManyToOneCollection.Child.parents needs a field holding one object",
                "List<ErroneousManyToOneCollection.Parent>", "use @OneToManyRel");
        result.wroteNothing();
    }

    @Test
    void finalManyToOne() {
        JavaFileObject source = input("field/ErroneousFinalScalar.java");
        Result result = compile(source);
        assertError(result, "RelateFinalScalar", source, "@ManyToOneRel",
                "ErroneousFinalScalar.Child.parent is final", "remove final");
        result.wroteNothing();
    }

    @Test
    void finalOneToOne() {
        JavaFileObject source = input("field/ErroneousFinalOneToOne.java");
        Result result = compile(source);
        assertError(result, "RelateFinalScalar", source, "@OneToManyRel(uselist = false, backPopulates = \"parent\")",
                "ErroneousFinalOneToOne.Parent.child is final");
        // the other end is fine on its own, but it has no partner: neither class gets helpers
        result.wroteNothing();
    }

    @Test
    void recordComponent() {
        JavaFileObject source = input("field/ErroneousRecordComponent.java");
        Result result = compile(source);
        assertError(result, "RelateFinalScalar", source, "record Child",
                "ErroneousRecordComponent.Child.parent is final",
                "a record's fields are always final, so make ErroneousRecordComponent.Child a class");
        result.wroteNothing();
    }

    @Test
    void endInAnEnum() {
        JavaFileObject source = input("field/ErroneousEnumEnd.java");
        Result result = compile(source);
        // the links would live on constants that every user of the enum shares
        assertError(result, "RelateEnumEnd", source, "@OneToManyRel(backPopulates = \"size\")",
                "ErroneousEnumEnd.Size.items is a field of the enum ErroneousEnumEnd.Size, whose constants are"
                        + " shared by the whole program",
                "hold relationship ends in classes, and refer to the enum's constants from plain fields");
        result.wroteNothing();
    }

    @Test
    void backrefIntoAnEnum() {
        JavaFileObject source = input("field/ErroneousEnumBackrefTarget.java");
        Result result = compile(source);
        assertError(result, "RelateEnumEnd", source, "@ManyToOneRel(backref = \"things\")",
                "ErroneousEnumBackrefTarget.Color.things is a field of the enum ErroneousEnumBackrefTarget.Color");
        result.wroteNothing();
    }

    @Test
    void collectionInARecord() {
        JavaFileObject source = input("field/ErroneousRecordCollection.java");
        Result result = compile(source);
        assertError(result, "RelateRecordCollection", source, "record Parent",
                "ErroneousRecordCollection.Parent.children is a component of the record"
                        + " ErroneousRecordCollection.Parent",
                "make ErroneousRecordCollection.Parent a class");
        result.wroteNothing();
    }

    @Test
    void backrefIntoARecord() {
        JavaFileObject source = input("field/ErroneousRecordBackrefTarget.java");
        Result result = compile(source);
        assertError(result, "RelateRecordCollection", source, "@ManyToOneRel(backref = \"children\")",
                "ErroneousRecordBackrefTarget.Parent.children is a component of the record"
                        + " ErroneousRecordBackrefTarget.Parent");
        result.wroteNothing();
    }

    @Test
    void aClassWithAnErrorGetsNoFileWhileValidClassesBesideItDo() {
        JavaFileObject source = input("field/ErroneousPartlyValid.java");
        Result result = compile(source);
        assertError(result, "RelateMissingField", source, "backref = \"favouriteOf\"",
                "backref = \"favouriteOf\" names no field of ErroneousPartlyValid.Child");
        result.wroteNone("test.errors.ErroneousPartlyValid_ParentRelations");
        result.wrote("test.errors.ErroneousPartlyValid_ChildRelations");
        result.wrote("test.errors.ErroneousPartlyValid_VisitorRelations");
    }
}
