package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.compile;
import static dev.relate.processor.errors.ErrorTesting.input;

import com.google.testing.compile.Compiler;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations near the edges of the rules that are valid: they compile with every lint warning
 * on, and without a single warning, in the inputs or in what relate writes.
 */
class ValidInputsTest {
    private static final List<String> LINT = List.of("-Xlint:all");

    private static Result compileClean(JavaFileObject... sources) {
        Result result = compile(LINT, List.of(sources));
        assertThat(result.compilation()).succeededWithoutWarnings();
        return result;
    }

    @Test
    void backrefToAPlainFieldAndToAMarkedField() {
        Result result = compileClean(input("valid/BackrefToPlainField.java"));
        assertThat(result.compilation()).generatedSourceFile("test.valid.BackrefToPlainField_ParentRelations");
        assertThat(result.compilation()).generatedSourceFile("test.valid.BackrefToPlainField_ChildRelations");
    }

    /**
     * Accessors, addX and removeX that call relate, on private fields, compiled for Java 17: relate
     * reaches the fields through handles, so running them neither recurses nor leaves the ends apart.
     */
    @Test
    void accessorsThatCallRelate() throws Exception {
        Result result = compile(List.of("-Xlint:all", "-Werror", "--release", "17"),
                List.of(input("valid/DelegatingAccessors.java")));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.compilation()).generatedSourceFile("test.valid.DelegatingAccessors_CustomerRelations")
                .contentsAsUtf8String().contains(".invokeExact(owner");
        Object outcome = ErrorTesting.run(result, "test.valid.DelegatingAccessors");
        assertThat(outcome).isEqualTo("true true true true");
    }

    @Test
    void privateFieldsWithAccessors() {
        Result result = compileClean(input("valid/PrivateFieldsWithAccessors.java"));
        assertThat(result.compilation())
                .generatedSourceFile("test.valid.PrivateFieldsWithAccessors_ParentRelations");
        assertThat(result.compilation())
                .generatedSourceFile("test.valid.PrivateFieldsWithAccessors_ChildRelations");
    }

    @Test
    void publicClassesAndFieldsInTwoPackages() {
        Result result = compileClean(input("valid/packages/a/Author.java"), input("valid/packages/b/Book.java"));
        assertThat(result.compilation()).generatedSourceFile("test.valid.a.AuthorRelations");
        assertThat(result.compilation()).generatedSourceFile("test.valid.b.BookRelations");
    }

    /**
     * Validators and listeners of one-way ends, package-private although the class on the other side
     * is in another package: only the owner's helpers call them, from the owner's package.
     */
    @Test
    void packagePrivateValidatorsAndListenersOfOneWayEnds() {
        Result result = compileClean(input("valid/events/shop/Order.java"), input("valid/events/promo/Coupon.java"));
        assertThat(result.compilation()).generatedSourceFile("test.valid.events.shop.OrderRelations")
                .contentsAsUtf8String().contains("COUPON.set(order, coupon);");
    }

    @Test
    void selfReferentialClass() {
        Result result = compileClean(input("valid/SelfReferential.java"));
        assertThat(result.compilation()).generatedSourceFile("test.valid.SelfReferentialRelations");
    }

    @Test
    void inheritedEndsSetsAndOneWayEnds() {
        Result result = compileClean(input("valid/InheritedAndSortedEnds.java"));
        assertThat(result.compilation()).generatedSourceFile("test.valid.InheritedAndSortedEnds_ClubRelations");
        assertThat(result.compilation()).generatedSourceFile("test.valid.InheritedAndSortedEnds_NamedRelations");
    }

    @Test
    void allValidInputsTogether() {
        Result result = compileClean(input("valid/BackrefToPlainField.java"),
                input("valid/PrivateFieldsWithAccessors.java"), input("valid/SelfReferential.java"),
                input("valid/InheritedAndSortedEnds.java"), input("valid/packages/a/Author.java"),
                input("valid/packages/b/Book.java"));
        assertThat(result.written()).hasSize(9);
    }

    @Test
    void endInheritedFromALibrarySuperclass(@TempDir Path directory) throws IOException {
        JavaFileObject club = input("valid/library/Club.java");
        JavaFileObject member = input("valid/library/Member.java");
        List<File> classpath = ErrorTesting.library(directory, List.of("test.valid.library.LibraryClub"),
                input("valid/library/base/LibraryClub.java"), club, member);
        Result result = ErrorTesting.compile(Compiler.javac().withOptions(LINT).withClasspath(classpath),
                List.of(club, member));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.compilation()).generatedSourceFile("test.valid.library.ClubRelations");
        assertThat(result.compilation()).generatedSourceFile("test.valid.library.MemberRelations");
    }
}
