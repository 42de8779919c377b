package dev.relate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A class of the user's that has the name of a generated class is an error on the owner, not a crash. */
class NameClashTest {

    @Test
    void aUserClassNamedLikeTheGeneratedOneIsReportedOnTheOwner() {
        JavaFileObject parent = JavaFileObjects.forSourceLines("test.Parent",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                "public class Parent {",
                "    @ManyToOneRel",
                "    Parent parent;",
                "}");
        JavaFileObject clash = JavaFileObjects.forSourceLines("test.ParentRelations",
                "package test;",
                "public class ParentRelations {",
                "}");

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims()).compile(parent, clash);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateCannotWrite] relate could not write test.ParentRelations")
                .inFile(parent)
                .onLineContaining("public class Parent");
        assertThat(compilation).hadErrorContaining("rename the other class");
    }
}
