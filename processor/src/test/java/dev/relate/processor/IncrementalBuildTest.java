package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build (Gradle's) recompiles only the changed classes; the others come as class
 * files from the previous compilation, with the helpers relate wrote for them then.
 */
class IncrementalBuildTest {
    private static final JavaFileObject PARENT = JavaFileObjects.forSourceLines("test.Parent",
            "package test;",
            "import dev.relate.OneToManyRel;",
            "import java.util.List;",
            "public class Parent {",
            "    @OneToManyRel(backPopulates = \"parent\")",
            "    List<Child> children;",
            "}");
    private static final JavaFileObject CHILD = JavaFileObjects.forSourceLines("test.Child",
            "package test;",
            "import dev.relate.ManyToOneRel;",
            "public class Child {",
            "    @ManyToOneRel(backPopulates = \"children\")",
            "    Parent parent;",
            "}");
    private static final JavaFileObject OWNER = JavaFileObjects.forSourceLines("test.Owner",
            "package test;",
            "import dev.relate.ManyToOneRel;",
            "public class Owner {",
            "    @ManyToOneRel(backref = \"owners\")",
            "    Pet pet;",
            "}");
    private static final JavaFileObject PET = JavaFileObjects.forSourceLines("test.Pet",
            "package test;",
            "import dev.relate.Backref;",
            "import java.util.Set;",
            "public class Pet {",
            "    @Backref",
            "    Set<Owner> owners;",
            "}");

    @TempDir
    Path previousOutput;

    @Test
    void recompilingOneEndLeavesTheOtherEndsHelpersAsTheyWere() throws IOException {
        List<File> classpath = previousBuild(List.of("Child", "ChildRelations"), PARENT, CHILD);

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .withClasspath(classpath).withOptions("-Xlint:all").compile(CHILD);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ChildRelations").contentsAsUtf8String()
                .contains("public static void setParent(Child child, Parent parent)");
        assertThat(compilation.generatedSourceFile("test.ParentRelations")).isEmpty();
    }

    /**
     * The class recompiled alone gets the diagram a full build draws for it (its other end read from the
     * class file), and the other class keeps its own: Gradle deletes only the files of what it recompiles.
     */
    @Test
    void recompilingOneEndDrawsItsDiagramAsAFullBuildDoes() throws IOException {
        String path = "META-INF/relate/model/test.Child.mmd";
        Compilation full = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .compile(PARENT, CHILD);
        List<File> classpath = previousBuild(List.of("Child", "ChildRelations"), PARENT, CHILD);

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .withClasspath(classpath).withOptions("-Xlint:all").compile(CHILD);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, path).contentsAsUtf8String()
                .isEqualTo(full.generatedFile(StandardLocation.CLASS_OUTPUT, path).orElseThrow()
                        .getCharContent(true).toString());
        assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/relate/model/test.Parent.mmd"))
                .isEmpty();
    }

    @Test
    void recompilingTheClassOfABackrefTargetWritesItsHelpersFromTheDeclarationThatManagesIt()
            throws IOException {
        List<File> classpath = previousBuild(List.of("Pet", "PetRelations"), OWNER, PET);

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .withClasspath(classpath).withOptions("-Xlint:all").compile(PET);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.PetRelations").contentsAsUtf8String()
                .contains("public static Set<Owner> owners(Pet pet)");
        assertThat(compilation.generatedSourceFile("test.OwnerRelations")).isEmpty();
    }

    @Test
    void anOtherEndWithoutHelpersIsStillAnError() throws IOException {
        List<File> classpath = previousBuild(Compiler.javac().withOptions("-proc:none"), List.of("Child"),
                PARENT, CHILD);

        Compilation compilation = Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims())
                .withClasspath(classpath).compile(CHILD);

        assertThat(compilation).hadErrorContaining("[RelateNotInBuild] Parent is not compiled in this build")
                .inFile(CHILD).onLineContaining("@ManyToOneRel");
    }

    private List<File> previousBuild(List<String> recompiled, JavaFileObject... sources) throws IOException {
        return previousBuild(Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims()), recompiled, sources);
    }

    /**
     * Compiles {@code sources} and returns a class path with their class files and the test's own,
     * without the classes of package test named in {@code recompiled}: as Gradle does, the classes
     * to recompile and the files generated from them are deleted first.
     */
    private List<File> previousBuild(Compiler compiler, List<String> recompiled, JavaFileObject... sources)
            throws IOException {
        Compilation compilation = compiler.compile(sources);
        assertThat(compilation).succeeded();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String name = file.toUri().getPath();
            String simpleName = name.substring(name.lastIndexOf('/') + 1, name.length() - ".class".length());
            if (recompiled.contains(simpleName)) {
                continue;
            }
            Path target = previousOutput.resolve(name.substring(name.indexOf("/test/") + 1));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
        List<File> classpath = new ArrayList<>();
        classpath.add(previousOutput.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        return classpath;
    }
}
