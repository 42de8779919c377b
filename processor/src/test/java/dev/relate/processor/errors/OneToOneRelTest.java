package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Misuses of {@code @OneToOneRel}: a collection field, an end that claims both roles, two ends that
 * claim the same role, and the messages of the other rules, which name the annotation as written.
 */
class OneToOneRelTest {

    @Test
    void onACollection() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneCollection.java");
        Result result = compile(source);
        assertError(result, "RelateOneToOneCollection", source, "@OneToOneRel",
                "@OneToOneRel on ErroneousOneToOneCollection.Parent.children declares a one-to-one end holding a"
                        + " single object, but the field's type is List<ErroneousOneToOneCollection.Child>",
                "make the field hold one ErroneousOneToOneCollection.Child, or declare a collection end with @OneToManyRel");
        result.wroteNothing();
    }

    @Test
    void mappedByBesideBackPopulates() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneBothRoles.java");
        Result result = compile(source);
        assertError(result, "RelateOneToOneBothRoles", source, "mappedBy = \"person\")",
                "ErroneousOneToOneBothRoles.Person.passport says mappedBy = \"person\" and backPopulates ="
                        + " \"person\"",
                "either owns it (backPopulates or backref) or is mapped by its other end (mappedBy)",
                "keep backPopulates on the end that owns the relationship");
        result.wroteNothing();
    }

    @Test
    void bothEndsOwn() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneOwnedTwice.java");
        Result result = compile(source);
        // reported once, on the end met first
        assertError(result, "RelateOneToOneOwnedTwice", source, "backPopulates = \"passport\"",
                "ErroneousOneToOneOwnedTwice.Passport.person (@OneToOneRel(backPopulates)) and its other end"
                        + " ErroneousOneToOneOwnedTwice.Person.passport (@OneToOneRel(backPopulates)) both own"
                        + " the one-to-one",
                "declare the end that does not hold the key with @OneToOneRel(mappedBy = ...) naming the other");
        result.wroteNothing();
    }

    @Test
    void bothEndsOwnInEitherSpelling() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneOwnedTwiceMixed.java");
        Result result = compile(source);
        assertError(result, "RelateOneToOneOwnedTwice", source, "@OneToOneRel(backPopulates",
                "Passport.person (@OneToOneRel(backPopulates)) and its other end"
                        + " ErroneousOneToOneOwnedTwiceMixed.Person.passport (@ManyToOneRel) both own the one-to-one");
        result.wroteNothing();
    }

    @Test
    void bothEndsMappedBy() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneMappedTwice.java");
        Result result = compile(source);
        assertError(result, "RelateOneToOneMappedTwice", source, "mappedBy = \"passport\"",
                "ErroneousOneToOneMappedTwice.Passport.person (@OneToOneRel(mappedBy)) and its other end"
                        + " ErroneousOneToOneMappedTwice.Person.passport (@OneToOneRel(mappedBy)) are both mapped"
                        + " by the other, so neither owns the one-to-one",
                "declare the end that owns it (in a database, its table holds the foreign key) with"
                        + " @OneToOneRel(backPopulates = ...) naming the other");
        result.wroteNothing();
    }

    @Test
    void besideOneToManyOnOneField() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneBesideOneToMany.java");
        Result result = compile(source);
        assertError(result, "RelateConflictingAnnotations", source, "Passport passport;",
                "ErroneousOneToOneBesideOneToMany.Person.passport carries both @OneToManyRel and @OneToOneRel",
                "keep only the one");
        result.wroteNothing();
    }

    @Test
    void mappedByNamesAFieldWithoutAnnotation() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneUndeclaredOwner.java");
        Result result = compile(source);
        assertError(result, "RelateMappedByNotMapped", source, "mappedBy = \"person\"",
                "mappedBy = \"person\" names ErroneousOneToOneUndeclaredOwner.Passport.person, which has no"
                        + " relationship mapping: annotate it with @OneToOneRel(backPopulates = \"passport\"), the"
                        + " owning side");
        result.wroteNothing();
    }

    @Test
    void backrefToACollection() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneBackrefToCollection.java");
        Result result = compile(source);
        assertError(result, "RelateBackrefTargetType", source, "backref = \"people\"",
                "ErroneousOneToOneBackrefToCollection.Passport.people, whose type is List<",
                "needs a field holding one ErroneousOneToOneBackrefToCollection.Person there");
        result.wroteNothing();
    }

    @Test
    void pairedWithACollection() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneWithCollection.java");
        Result result = compile(source);
        // reported once, on the end met first
        assertError(result, "RelateEndKindMismatch", source, "backPopulates = \"passport\"",
                "ErroneousOneToOneWithCollection.Passport.owner is a @OneToManyRel, so its other end must be a"
                        + " @ManyToOneRel, but ErroneousOneToOneWithCollection.Person.passport is a @OneToOneRel",
                "@OneToOneRel(mappedBy) with @OneToOneRel(backPopulates)");
        result.wroteNothing();
    }

    @Test
    void scalarOtherEndOfAnAssociationEnd() {
        JavaFileObject source = input("onetoone/ErroneousOneToOneAssociationEnd.java");
        Result result = compile(source);
        assertError(result, "RelateAssociationEndScalar", source, "backPopulates = \"enrolment\"",
                "make ErroneousOneToOneAssociationEnd.Student.enrolment a List or Set of",
                "and declare it with @OneToManyRel instead of @OneToOneRel");
        result.wroteNothing();
    }
}
