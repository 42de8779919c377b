package dev.relate.processor.ecosystem;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.RelateClaims;
import dev.relate.processor.RelateProcessor;
import dev.relate.processor.testing.Wrapping;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.lang.model.element.Element;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gradle's incremental compilation: relate declares itself an isolating processor, and Gradle
 * holds an isolating processor to one rule, checked here as Gradle checks it: every generated file
 * has exactly one originating element, the class it is written from (otherwise Gradle gives up on
 * incremental compilation: "Full recompilation is required because the generated type ... must have
 * exactly one originating element"). Gradle recompiles the file whenever that class changes and
 * deletes it when the class goes. The same holds for resources, the diagram relate draws of each class.
 */
class GradleIsolatingTest {

    @Test
    void theIncrementalMetadataDeclaresTheProcessorIsolating() throws IOException {
        List<String> declared = resourceLines("META-INF/gradle/incremental.annotation.processors");
        assertThat(declared).containsExactly(RelateProcessor.class.getName() + ",isolating",
                RelateClaims.class.getName() + ",isolating");
        // RelateProcessor first: it claims nothing, and a round whose annotations RelateClaims had claimed
        // would not reach it
        assertThat(resourceLines("META-INF/services/" + Processor.class.getName()).stream()
                .filter(line -> !line.startsWith("#")).toList())
                .containsExactly(RelateProcessor.class.getName(), RelateClaims.class.getName()).inOrder();
    }

    @ParameterizedTest
    @ValueSource(strings = {"onetomany", "manytoone", "onetoone", "selfref", "accessors", "oneway", "nested",
        "manytomany", "manytomanybackref", "manytomanyself", "association", "associationtable"})
    void everyGeneratedFileHasExactlyOneOriginatingElement(String name) throws IOException {
        List<Created> created = new ArrayList<>();
        List<JavaFileObject> inputs = goldenInputs(name);
        Compilation compilation = Compiler.javac()
                .withProcessors(gradleLike(created))
                .withOptions("-Xlint:-processing")
                .compile(inputs);

        assertThat(compilation).succeeded();
        assertThat(created).isNotEmpty();
        // a helper class and a diagram of its class's relationships per class with ends, and the tables
        assertThat(created).hasSize(compilation.generatedSourceFiles().size()
                + (int) created.stream().filter(file -> file.kind().equals("resource")).count());
        assertThat(created.stream().filter(file -> file.kind().equals("resource")).count())
                .isEqualTo(created.stream().filter(file -> file.name().endsWith("Relations")).count());
        for (Created file : created) {
            assertWithMessage("originating elements of %s", file.name()).that(file.originating()).hasSize(1);
            Element origin = file.originating().get(0);
            assertWithMessage("originating element of %s", file.name()).that(origin).isInstanceOf(TypeElement.class);
            TypeElement type = (TypeElement) origin;
            // a class compiled now (its source is one of the inputs), in the generated file's package
            String topLevelFile = "/" + topLevel(type).getSimpleName() + ".java";
            assertWithMessage("inputs holding %s's originating %s", file.name(), type)
                    .that(inputs.stream().filter(input -> input.getName().replace('\\', '/').endsWith(topLevelFile))
                            .count())
                    .isEqualTo(1);
            if (file.kind().equals("resource")) {
                // META-INF/relate/model/test.Outer$Inner.mmd is written from test.Outer.Inner
                assertWithMessage("originating element of %s", file.name()).that(file.name())
                        .isEqualTo("/META-INF/relate/model/" + binaryName(type) + ".mmd");
                continue;
            }
            assertWithMessage("kind of file %s", file.name()).that(file.kind()).isEqualTo("source");
            String pkg = file.name().substring(0, file.name().lastIndexOf('.'));
            assertWithMessage("package of %s's originating %s", file.name(), type)
                    .that(type.getQualifiedName().toString()).startsWith(pkg + ".");
            if (file.name().endsWith("Relations")) {
                // XRelations is written from X (Outer_InnerRelations from Outer.Inner)
                String expected = file.name().substring(pkg.length() + 1, file.name().length() - "Relations".length());
                assertWithMessage("originating element of %s", file.name())
                        .that(type.getQualifiedName().toString().substring(pkg.length() + 1).replace('.', '_'))
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * The whole model's diagram, which only -Arelate.diagram=model asks for, comes from every class drawn:
     * Gradle's isolating rule refuses it (and then recompiles everything each time), as the README says.
     * Without the option, nothing breaks the rule (above).
     */
    @Test
    void theWholeModelsDiagramNamesEveryClassDrawnAsItsOrigin() throws IOException {
        List<Created> created = new ArrayList<>();
        Compilation compilation = Compiler.javac()
                .withProcessors(gradleLike(created))
                .withOptions("-Xlint:-processing", "-Arelate.diagram=model")
                .compile(goldenInputs("association"));

        assertThat(compilation).succeeded();
        List<Created> model = created.stream().filter(file -> file.name().equals("/META-INF/relate/model.mmd"))
                .toList();
        assertThat(model).hasSize(1);
        assertThat(model.get(0).originating().stream().map(type -> binaryName((TypeElement) type)).toList())
                .containsExactlyElementsIn(created.stream().filter(file -> file.name().endsWith(".mmd"))
                        .filter(file -> file != model.get(0))
                        .map(file -> binaryName((TypeElement) file.originating().get(0))).toList());
        assertThat(model.get(0).originating()).hasSize(3);
    }

    private static String binaryName(TypeElement type) {
        return type.getNestingKind() == NestingKind.TOP_LEVEL ? type.getQualifiedName().toString()
                : binaryName((TypeElement) type.getEnclosingElement()) + "$" + type.getSimpleName();
    }

    /** Behind Gradle's wrapped environment relate still finds javac's trees, for its check of local classes. */
    @Test
    void theCheckOfLocalClassesSeesThroughTheWrappedEnvironment() {
        List<Created> created = new ArrayList<>();
        JavaFileObject local = JavaFileObjects.forSourceLines("test.Holder",
                "package test;",
                "import dev.relate.ManyToOneRel;",
                "public class Holder {",
                "    // javac calls relate only for a round with a relate annotation it can see",
                "    static class Visible {",
                "        @ManyToOneRel Holder holder;",
                "    }",
                "    void method() {",
                "        class Local {",
                "            @ManyToOneRel Holder holder;",
                "        }",
                "    }",
                "}");

        Compilation compilation = Compiler.javac()
                .withProcessors(gradleLike(created))
                .compile(local);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("[RelateClassNotAccessible]").inFile(local).onLine(10);
    }

    /** A file the processor asked the Filer for. */
    private record Created(String kind, String name, List<Element> originating) {
    }

    private static TypeElement topLevel(TypeElement type) {
        TypeElement current = type;
        while (current.getNestingKind() != NestingKind.TOP_LEVEL) {
            current = (TypeElement) current.getEnclosingElement();
        }
        return current;
    }

    /** The lines of one of the processor's own resources, from its classes directory or its jar. */
    private static List<String> resourceLines(String name) throws IOException {
        Path location = Compilers.location(RelateProcessor.class);
        String text;
        if (Files.isDirectory(location)) {
            text = Files.readString(location.resolve(name), StandardCharsets.UTF_8);
        } else {
            try (JarFile jar = new JarFile(location.toFile());
                    InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static List<JavaFileObject> goldenInputs(String name) throws IOException {
        try {
            Path directory = Path.of(GradleIsolatingTest.class.getClassLoader()
                    .getResource("inputs/golden/" + name).toURI());
            List<JavaFileObject> sources = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.sorted().toList()) {
                    sources.add(JavaFileObjects.forResource(url(file)));
                }
            }
            return sources;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What Gradle does to an isolating processor: it hands the processor a wrapper of javac's
     * environment (like its IncrementalProcessingEnvironment) whose Filer records the originating
     * elements of every file created.
     */
    private static Processor gradleLike(List<Created> created) {
        return Wrapping.inside(new RelateProcessor(), environment -> new Wrapping.Wrapper(environment) {
            @Override
            public Filer getFiler() {
                return new RecordingFiler(super.getFiler(), created);
            }
        });
    }

    /** Records what Gradle's isolating Filer checks: each file's kind, name and originating elements. */
    private static final class RecordingFiler implements Filer {
        private final Filer delegate;
        private final List<Created> created;

        RecordingFiler(Filer delegate, List<Created> created) {
            this.delegate = delegate;
            this.created = created;
        }

        @Override
        public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) throws IOException {
            created.add(new Created("source", name.toString(), List.of(originatingElements)));
            return delegate.createSourceFile(name, originatingElements);
        }

        @Override
        public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) throws IOException {
            created.add(new Created("class", name.toString(), List.of(originatingElements)));
            return delegate.createClassFile(name, originatingElements);
        }

        @Override
        public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName, Element... originatingElements) throws IOException {
            created.add(new Created("resource", moduleAndPkg + "/" + relativeName, List.of(originatingElements)));
            return delegate.createResource(location, moduleAndPkg, relativeName, originatingElements);
        }

        @Override
        public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                CharSequence relativeName) throws IOException {
            return delegate.getResource(location, moduleAndPkg, relativeName);
        }
    }
}
