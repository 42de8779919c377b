package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.assertErrors;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import com.google.testing.compile.CompilationSubject;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated {@code detach} and the {@code <Class>Related} interface: a name of relate's that the
 * user's class or field already has is a relate error on it, never a silent override or javac's
 * error in a generated file.
 */
class EntityMethodsRulesTest {
    private static final String PKG = "test.errors.";

    @Test
    void collectionNamedDetach() {
        JavaFileObject source = input("entitymethods/ErroneousDetachField.java");
        Result result = compile(source);
        assertError(result, "RelateGeneratedMethodClash", source, "List<Child> detach",
                "ErroneousDetachField.Parent.detach would get the helper"
                        + " ErroneousDetachField_ParentRelations.detach(ErroneousDetachField.Parent), which relate"
                        + " already writes there for detach, which unlinks an object of ErroneousDetachField.Parent"
                        + " from every relationship",
                "so rename ErroneousDetachField.Parent.detach");
        result.wroteNone(PKG + "ErroneousDetachField_ParentRelations");
    }

    @Test
    void ownMethodNamedLikeTheInterfacesDetach() {
        JavaFileObject source = input("entitymethods/ErroneousEntityMethodClash.java");
        Result result = compile(source);
        // javac adds that the interface relate did not write is missing
        assertErrors(result, 2, "RelateEntityMethodClash", source, "public void detach()",
                "ErroneousEntityMethodClash.Child implements ErroneousEntityMethodClash_ChildRelated, whose method"
                        + " detach() relate writes for detach, which unlinks an object of"
                        + " ErroneousEntityMethodClash.Child from every"
                        + " relationship, but ErroneousEntityMethodClash.Child declares detach() too, which would"
                        + " replace relate's",
                "rename that method, or remove implements ErroneousEntityMethodClash_ChildRelated");
        assertThat(result.errors().get(1)).contains("cannot find symbol"); // no ChildRelated was written
        result.wroteNone(PKG + "ErroneousEntityMethodClash_ChildRelations");
        result.wrote(PKG + "ErroneousEntityMethodClash_ParentRelations");
    }

    @Test
    void inheritedMethodNamedLikeAnAssignMethod() {
        JavaFileObject source = input("entitymethods/ErroneousInheritedEntityMethodClash.java");
        Result result = compile(source);
        assertErrors(result, 2, "RelateEntityMethodClash", source, "public static class Child extends Base",
                "ErroneousInheritedEntityMethodClash.Child implements ErroneousInheritedEntityMethodClash_ChildRelated,"
                        + " whose method assignParent(Parent) relate writes for"
                        + " ErroneousInheritedEntityMethodClash.Child.parent, but"
                        + " ErroneousInheritedEntityMethodClash.Base declares assignParent(Parent) too");
        assertThat(result.errors().get(1)).contains("cannot find symbol");
    }

    @Test
    void classThatIsNotTheOwnerImplementsItsInterface() {
        JavaFileObject source = input("entitymethods/ErroneousEntityInterfaceNotOwner.java");
        Result result = compile(source);
        assertError(result, "RelateEntityInterfaceNotOwner", source, "public static class Stranger",
                "ErroneousEntityInterfaceNotOwner.Stranger implements ErroneousEntityInterfaceNotOwner_ChildRelated,"
                        + " but relate writes ErroneousEntityInterfaceNotOwner_ChildRelated for"
                        + " ErroneousEntityInterfaceNotOwner.Child and its methods run on a"
                        + " ErroneousEntityInterfaceNotOwner.Child: implement it in"
                        + " ErroneousEntityInterfaceNotOwner.Child only (its subclasses inherit it)");
        // one error: the owner and its subclass implement ChildRelated, which was written, as javac finds it
        result.wrote(PKG + "ErroneousEntityInterfaceNotOwner_ChildRelations");
    }

    /**
     * Package-private nested owners, compiled for Java 8 with every lint warning (but javac 21+ calling
     * release 8 obsolete): their interfaces
     * are package-private, named after the enclosing class, and cast {@code this} to the nested class.
     */
    @Test
    void nestedPackagePrivateOwnersGetPackagePrivateInterfaces() throws IOException {
        Result result = compile(List.of("-Xlint:all,-options", "-Werror", "--release", "8"),
                List.of(input("valid/NestedEntityMethods.java")));
        CompilationSubject.assertThat(result.compilation()).succeededWithoutWarnings();
        String team = result.compilation().generatedSourceFile("test.valid.NestedEntityMethods_TeamRelated")
                .orElseThrow().getCharContent(true).toString();
        assertThat(team).contains("\ninterface NestedEntityMethods_TeamRelated {");
        assertThat(team).contains("default boolean addToMembers(NestedEntityMethods.Member member) {");
        assertThat(team).contains("NestedEntityMethods_TeamRelations.addToMembers(");
        assertThat(team).contains("(NestedEntityMethods.Team) this,");
        assertThat(team).contains("default void detach() {");
        String member = result.compilation().generatedSourceFile("test.valid.NestedEntityMethods_MemberRelated")
                .orElseThrow().getCharContent(true).toString();
        assertThat(member).contains("default void assignTeam(NestedEntityMethods.Team team) {");
    }
}
