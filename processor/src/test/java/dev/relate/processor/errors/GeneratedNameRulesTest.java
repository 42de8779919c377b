package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import dev.relate.processor.errors.ErrorTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The names relate generates must all be declarable: a clash is a relate error on the class or
 * field that brings it, never javac's error in a generated file.
 */
class GeneratedNameRulesTest {
    private static final String PKG = "test.errors.";

    @Test
    void fieldNamedLikeANavigation() {
        JavaFileObject source = input("generated/ErroneousNavigationNameClash.java");
        Result result = compile(source);
        assertError(result, "RelateGeneratedMethodClash", source, "List<Child> childOfChildren",
                "ErroneousNavigationNameClash.Parent.childOfChildren would get the helper"
                        + " ErroneousNavigationNameClash_ParentRelations.childOfChildren("
                        + "ErroneousNavigationNameClash.Parent), which relate already writes there for"
                        + " @AssociationObject ErroneousNavigationNameClash.Link",
                "so rename ErroneousNavigationNameClash.Parent.childOfChildren");
        result.wroteNone(PKG + "ErroneousNavigationNameClash_ParentRelations");
        result.wrote(PKG + "ErroneousNavigationNameClash_ChildRelations");
        result.wrote(PKG + "ErroneousNavigationNameClash_LinkRelations");
    }

    @Test
    void collectionNamedUnlinkInAnAssociationClass() {
        JavaFileObject source = input("generated/ErroneousUnlinkField.java");
        Result result = compile(source);
        assertError(result, "RelateGeneratedMethodClash", source, "List<Child> unlink",
                "ErroneousUnlinkField.Link.unlink would get the helper"
                        + " ErroneousUnlinkField_LinkRelations.unlink(ErroneousUnlinkField.Link), which relate already"
                        + " writes there for @AssociationObject ErroneousUnlinkField.Link",
                "a class cannot declare two methods with one name and the same parameters",
                "so rename ErroneousUnlinkField.Link.unlink");
        result.wroteNone(PKG + "ErroneousUnlinkField_LinkRelations");
    }

    /** link, find, addToChildren... as fields whose helpers take other parameters: overloads, which compile. */
    @Test
    void fieldsNamedLikeHelpersWithOtherParametersCompile() {
        Result result = compile(input("generated/NamedLikeHelpers.java"));
        assertThat(result.compilation().errors()).isEmpty();
        result.wrote(PKG + "NamedLikeHelpers_ParentRelations");
        result.wrote(PKG + "NamedLikeHelpers_ChildRelations");
        result.wrote(PKG + "NamedLikeHelpers_LinkRelations");
    }

    @Test
    void nestedClassAndClassNamedWithItsUnderscore() {
        JavaFileObject source = input("generated/ErroneousNestedHelpersClash.java");
        Result result = compile(source);
        assertError(result, "RelateGeneratedClassClash", source, "class ErroneousNestedHelpersClash_Node",
                "the helpers of ErroneousNestedHelpersClash_Node would be the class"
                        + " ErroneousNestedHelpersClash_NodeRelations, which relate already writes for"
                        + " ErroneousNestedHelpersClash.Node",
                "relate names the helpers of a nested class after its enclosing classes joined by underscores,"
                        + " so rename one of the two classes");
        assertThat(result.errors().get(0)).doesNotContain("rename the other class");
        result.wrote(PKG + "ErroneousNestedHelpersClash_NodeRelations");
    }
}
