package dev.relate.processor.errors;

import static dev.relate.processor.errors.ErrorTesting.assertError;
import static dev.relate.processor.errors.ErrorTesting.assertErrors;
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

/** The rules about the classes that hold ends: generated code must be able to name them. */
class ClassRulesTest {

    @Test
    void genericOwner() {
        JavaFileObject source = input("classes/ErroneousGenericOwner.java");
        Result result = compile(source);
        assertError(result, "RelateGenericOwner", source, "@ManyToOneRel",
                "ErroneousGenericOwner.Child declares type parameters",
                "move the relationship to a class without type parameters");
        result.wroteNothing();
    }

    @Test
    void innerClassOfAGenericClass() {
        JavaFileObject source = input("classes/ErroneousInnerOfGenericOwner.java");
        Result result = compile(source);
        // Outer<T>.Child is as generic as Outer<T>: generated code could only name it as a raw type
        assertError(result, "RelateGenericOwner", source, "@ManyToOneRel",
                "ErroneousInnerOfGenericOwner.Outer.Child is an inner class of ErroneousInnerOfGenericOwner.Outer,"
                        + " which declares type parameters",
                "make ErroneousInnerOfGenericOwner.Outer.Child a static nested class");
        result.wroteNothing();
    }

    @Test
    void privateNestedClass() {
        JavaFileObject source = input("classes/ErroneousPrivateNested.java");
        Result result = compile(source);
        assertError(result, "RelateClassNotAccessible", source, "@ManyToOneRel",
                "ErroneousPrivateNested.Child is private, so the generated helpers cannot refer to it");
        result.wroteNothing();
    }

    @Test
    void classInsideAPrivateClass() {
        JavaFileObject source = input("classes/ErroneousInsidePrivate.java");
        Result result = compile(source);
        assertError(result, "RelateClassNotAccessible", source, "@ManyToOneRel",
                "ErroneousInsidePrivate.Hidden.Child is inside the private class ErroneousInsidePrivate.Hidden");
        result.wroteNothing();
    }

    @Test
    void backrefIntoAPrivateClass() {
        JavaFileObject source = input("classes/ErroneousPrivateTarget.java");
        Result result = compile(source);
        // once, as the class that cannot be named, not again as a class that is not visible
        assertError(result, "RelateClassNotAccessible", source, "@OneToManyRel(backref = \"parent\")",
                "ErroneousPrivateTarget.Child is private");
        result.wroteNothing();
    }

    @Test
    void classNotVisibleFromTheOtherPackage() {
        JavaFileObject base = input("classes/visible/a/Base.java");
        JavaFileObject target = input("classes/visible/b/ErroneousProtectedTarget.java");
        Result result = compile(base, target);
        // ErroneousProtectedTarget may name the protected Base.Child as a subclass; its helpers may not
        assertError(result, "RelateClassNotVisible", base, "@ManyToOneRel(backPopulates = \"children\")",
                "Base.Child is not visible from package test.errors.b, where ErroneousProtectedTargetRelations is"
                        + " generated",
                "make it public");
        result.wroteNothing();
    }

    @Test
    void otherEndInALibrary(@TempDir Path library) throws IOException {
        List<File> classpath = compileLibrary(library);
        JavaFileObject source = input("classes/notinbuild/ErroneousOtherEndNotInBuild.java");
        Result result = ErrorTesting.compile(Compiler.javac().withClasspath(classpath), List.of(source));
        assertError(result, "RelateNotInBuild", source, "@ManyToOneRel(backPopulates = \"children\")",
                "Parent is not compiled in this build, so relate cannot write ParentRelations for it",
                "compile Parent in the same build as ErroneousOtherEndNotInBuild");
        result.wroteNothing();
    }

    @Test
    void backrefIntoALibrary(@TempDir Path library) throws IOException {
        List<File> classpath = compileLibrary(library);
        JavaFileObject source = input("classes/notinbuild/ErroneousBackrefNotInBuild.java");
        Result result = ErrorTesting.compile(Compiler.javac().withClasspath(classpath), List.of(source));
        assertError(result, "RelateNotInBuild", source, "@OneToManyRel(uselist = false, backref = \"item\")",
                "Holder is not compiled in this build, so relate cannot write HolderRelations for it");
        result.wroteNothing();
    }

    @Test
    void localClass() {
        JavaFileObject source = input("classes/ErroneousLocalClass.java");
        Result result = compile(source);
        assertErrors(result, 1, "RelateClassNotAccessible", source, 17, "Child is a local class");
        result.wrote("test.errors.ErroneousLocalClass_SiblingRelations");
    }
    @Test
    void anonymousClass() {
        JavaFileObject source = input("classes/ErroneousAnonymousClass.java");
        Result result = compile(source);
        assertErrors(result, 1, "RelateClassNotAccessible", source, 16,
                "The class holding parent is an anonymous class");
        result.wrote("test.errors.ErroneousAnonymousClass_SiblingRelations");
    }

    private static List<File> compileLibrary(Path library) throws IOException {
        return ErrorTesting.library(library, List.of("test.errors.Parent", "test.errors.Holder"),
                input("classes/notinbuild/library/Parent.java"),
                input("classes/notinbuild/library/Holder.java"),
                input("classes/notinbuild/ErroneousOtherEndNotInBuild.java"),
                input("classes/notinbuild/ErroneousBackrefNotInBuild.java"));
    }
}
