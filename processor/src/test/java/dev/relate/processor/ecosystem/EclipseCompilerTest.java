package dev.relate.processor.ecosystem;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * relate under the Eclipse compiler (ecj, the compiler of Eclipse's IDE and of its batch builds),
 * with the processor on ecj's processor path as a build gives it: the same sources as javac's,
 * byte for byte, helpers that run, and the same compile errors.
 */
class EclipseCompilerTest {
    private static final Path EXAMPLES = Path.of("../examples/src/main/java").toAbsolutePath().normalize();
    private static final Path GOLDEN_INPUTS = Path.of("src/test/resources/inputs/golden").toAbsolutePath();
    private static final Path GOLDEN = Path.of("src/test/golden").toAbsolutePath();
    private static final Path ERROR_INPUTS = Path.of("src/test/resources/inputs/errors").toAbsolutePath();

    /**
     * Inputs whose errors ecj does not let relate report. ecj shows processors no member of local and
     * anonymous classes and has no tree API, so relate's check for them (which reads javac's trees)
     * does not run. (ecj does not report an annotation on a record component as present in the
     * round, but relate reads the fields of every class of the build, and finds it there.)
     */
    private static final Set<String> NOT_REPORTED_UNDER_ECJ = Set.of(
            "classes/ErroneousLocalClass.java", "classes/ErroneousAnonymousClass.java");

    /**
     * Inputs whose error relate finds in a method's body, which only javac's trees give (ecj has no
     * {@code com.sun.source.util.Trees}): under ecj relate reports nothing and writes the helpers of
     * these classes, as docs/errors.md says.
     */
    private static final Set<String> BODIES_UNDER_JAVAC_ONLY = Set.of("access/ErroneousPropertyAccessDelegating.java");

    /**
     * Inputs whose errors ecj reports without a position: its Messager cannot place a message on an
     * enum constant (it can on a field), so the error, which names the constant, has no file and line.
     */
    private static final Set<String> NO_POSITION_UNDER_ECJ = Set.of("field/ErroneousEnumConstant.java");

    @TempDir
    static Path examples;

    /** The examples as javac and as ecj compile them, for Java 17. */
    private static Compilers.Result javac;
    private static Compilers.Result ecj;

    @TempDir
    Path work;

    @BeforeAll
    static void compileExamples() {
        // as the examples module builds them, with the whole model's diagram, which the examples print
        List<String> options = List.of("--release", "17", "-Arelate.diagram=model");
        javac = Compilers.javac(examples, Compilers.javaFiles(EXAMPLES), options);
        ecj = Compilers.ecj(examples, Compilers.javaFiles(EXAMPLES), options);
    }

    @Test
    void examplesGenerateTheSameSourcesAsWithJavac() {
        assertWithMessage(javac.output() + javac.problems()).that(javac.success()).isTrue();
        assertWithMessage(ecj.output()).that(ecj.success()).isTrue();
        assertWithMessage("what ecj reported").that(ecj.problems()).isEmpty();
        Map<String, String> expected = javac.generatedSources();
        assertThat(expected).isNotEmpty();
        assertThat(ecj.generatedSources().keySet()).containsExactlyElementsIn(expected.keySet()).inOrder();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertWithMessage("%s as ecj generated it", file.getKey())
                    .that(ecj.generatedSources().get(file.getKey())).isEqualTo(file.getValue());
        }
    }

    /** The diagrams too: ecj's build draws every class's, and the whole model's, as javac's does. */
    @Test
    void examplesDrawTheSameDiagramsAsWithJavac() throws IOException {
        Map<String, String> expected = diagrams(javac.classes());
        assertThat(expected).containsKey("META-INF/relate/model.mmd");
        assertThat(expected.size()).isGreaterThan(10);
        assertThat(diagrams(ecj.classes())).containsExactlyEntriesIn(expected);
    }

    private static Map<String, String> diagrams(Path classes) throws IOException {
        Map<String, String> diagrams = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> files = Files.walk(classes.resolve("META-INF/relate"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                diagrams.put(classes.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return diagrams;
    }

    /**
     * With {@code --release 8} (how the examples module builds) the two differ in one line only:
     * ecj's Java 8 platform has no {@code javax.annotation.Generated} (it leaves out Java 8's
     * {@code java.xml.ws.annotation} classes, as user code under it sees too), so relate writes
     * its files without {@code @Generated}, as it does on any platform without one.
     */
    @Test
    void examplesForJava8DifferOnlyInTheGeneratedAnnotationThatEcjsPlatformLacks() throws IOException {
        List<String> options = List.of("--release", "8", "-Arelate.diagram=model");
        Compilers.Result javac8 = Compilers.javac(work, Compilers.javaFiles(EXAMPLES), options);
        Compilers.Result ecj8 = Compilers.ecj(work, Compilers.javaFiles(EXAMPLES), options);

        assertWithMessage(javac8.output() + javac8.problems()).that(javac8.success()).isTrue();
        assertWithMessage(ecj8.output()).that(ecj8.success()).isTrue();
        Map<String, String> expected = javac8.generatedSources();
        assertThat(ecj8.generatedSources().keySet()).containsExactlyElementsIn(expected.keySet()).inOrder();
        for (Map.Entry<String, String> file : expected.entrySet()) {
            // a file whose only import was @Generated's loses the blank line after the imports too
            // (its fingerprint leaves @Generated out, and so is the same)
            String withoutGenerated = file.getValue()
                    .replaceFirst(";\n\nimport javax.annotation.Generated;\n\n/", ";\n\n/")
                    .replace("import javax.annotation.Generated;\n", "")
                    .replace("@Generated(\"dev.relate.processor.RelateProcessor\")\n", "");
            assertThat(withoutGenerated).isNotEqualTo(file.getValue());
            assertWithMessage("%s as ecj generated it", file.getKey())
                    .that(ecj8.generatedSources().get(file.getKey())).isEqualTo(withoutGenerated);
        }
        // user code under ecj's Java 8 platform cannot name it either
        Path probe = work.resolve("probe/Probe.java");
        Files.createDirectories(probe.getParent());
        Files.writeString(probe, "@javax.annotation.Generated(\"probe\") class Probe {}\n");
        Compilers.Result probed = Compilers.ecj(work.resolve("probe"), List.of(probe), options);
        assertThat(probed.success()).isFalse();
        assertThat(probed.output()).contains("javax.annotation.Generated cannot be resolved to a type");
    }

    /** The examples compiled by ecj run, and print exactly what the same examples compiled by javac print. */
    @Test
    void helpersCompiledByEcjRunAsThoseCompiledByJavac() throws Exception {
        assertThat(javac.success()).isTrue();
        assertThat(ecj.success()).isTrue();

        try (URLClassLoader loader = loader(ecj.classes())) {
            // a generated helper, called directly
            Class<?> parentType = loader.loadClass("dev.relate.examples.onetomany.Parent");
            Class<?> childType = loader.loadClass("dev.relate.examples.onetomany.Child");
            Object parent = parentType.getConstructor(int.class).newInstance(1);
            Object child = childType.getConstructor(int.class).newInstance(2);
            loader.loadClass("dev.relate.examples.onetomany.ChildRelations")
                    .getMethod("setParent", childType, parentType).invoke(null, child, parent);
            Collection<?> children = (Collection<?>) loader.loadClass("dev.relate.examples.onetomany.ParentRelations")
                    .getMethod("children", parentType).invoke(null, parent);
            assertThat(children).containsExactly(child);
            Field parentField = childType.getDeclaredField("parent");
            parentField.setAccessible(true);
            assertThat(parentField.get(child)).isSameInstanceAs(parent);

            String printedByEcjBuild = runExamples(loader);
            String printedByJavacBuild;
            try (URLClassLoader javacLoader = loader(javac.classes())) {
                printedByJavacBuild = runExamples(javacLoader);
            }
            assertThat(printedByEcjBuild).contains("== One To Many ==");
            assertThat(printedByEcjBuild).isEqualTo(printedByJavacBuild);
        }
    }

    /**
     * Every golden input gives its golden files, byte for byte, under ecj too: for Java 17, those of the
     * cases whose private fields relate reaches through handles are the {@code -handles} cases.
     */
    @ParameterizedTest
    @ValueSource(strings = {"onetomany", "manytoone", "onetoone", "selfref", "accessors", "oneway", "nested",
        "manytomany", "manytomanybackref", "manytomanyself", "association", "associationtable"})
    void goldenInputsGiveTheGoldenFiles(String name) {
        Compilers.Result ecj = Compilers.ecj(work, Compilers.javaFiles(GOLDEN_INPUTS.resolve(name)),
                List.of("--release", "17"), List.of(Compilers.jpa()));

        assertWithMessage(ecj.output()).that(ecj.success()).isTrue();
        Map<String, String> generated = new LinkedHashMap<>();
        ecj.generatedSources().forEach((path, source) -> generated.put(Path.of(path).getFileName().toString(), source));
        Map<String, String> golden = Compilers.sources(GOLDEN.resolve(
                Set.of("accessors", "associationtable").contains(name) ? name + "-handles" : name));
        assertThat(generated).containsExactlyEntriesIn(golden);
    }

    /**
     * The erroneous inputs give the same errors of relate's, on the same lines, and the same files for
     * the valid classes among them, under both compilers. The inputs of a directory are compiled
     * together, as a build compiles a module.
     */
    @ParameterizedTest
    @ValueSource(strings = {"access", "association", "backref", "classes", "field", "manytomany", "pairing",
        "types", "valid"})
    void errorInputsGiveTheSameErrors(String directory) {
        List<Path> sources = Compilers.javaFiles(ERROR_INPUTS.resolve(directory)).stream()
                .filter(source -> source.getParent().equals(ERROR_INPUTS.resolve(directory))).toList();
        Compilers.Result javac = Compilers.javac(work, sources, List.of("--release", "17"));
        Compilers.Result ecj = Compilers.ecj(work, sources, List.of("--release", "17"));

        assertWithMessage(ecj.output()).that(ecj.output()).doesNotContain("RelateUnexpected");
        assertWithMessage(ecj.output()).that(ecj.output()).doesNotContain("Exception");
        List<String> expected = new ArrayList<>();
        for (String error : javac.relateErrors()) {
            String file = error.substring(0, error.indexOf(".java:") + ".java".length());
            String input = ERROR_INPUTS.relativize(Path.of(file)).toString().replace('\\', '/');
            if (NO_POSITION_UNDER_ECJ.contains(input)) {
                expected.add(Compilers.NO_POSITION + error.substring(error.indexOf(": error: ")));
            } else if (!NOT_REPORTED_UNDER_ECJ.contains(input) && !BODIES_UNDER_JAVAC_ONLY.contains(input)) {
                expected.add(error);
            }
        }
        if (!directory.equals("valid")) {
            assertThat(expected).isNotEmpty();
        }
        assertThat(ecj.relateErrors()).containsExactlyElementsIn(expected);
        Map<String, String> ecjSources = new LinkedHashMap<>(ecj.generatedSources());
        for (String input : BODIES_UNDER_JAVAC_ONLY) {
            String prefix = Path.of(input).getFileName().toString().replace(".java", "_");
            ecjSources.keySet().removeIf(path -> Path.of(path).getFileName().toString().startsWith(prefix));
        }
        assertThat(ecjSources).isEqualTo(javac.generatedSources());
    }

    /**
     * The warnings of JPA mappings relate leaves alone, on the same lines under both compilers: a
     * mapping on a getter over a field of another name, a mapped isX() beside a getX(), and two
     * collections mapped by one field.
     */
    @Test
    void mappingsLeftToJpaGiveTheSameWarningsUnderBothCompilers() throws IOException {
        Path sources = Files.createDirectories(work.resolve("src/test/jpa"));
        Files.writeString(sources.resolve("Shop.java"), String.join("\n", "package test.jpa;",
                "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class Shop {",
                "    @Id Long id;",
                "    private List<Sale> saleList = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"shop\")",
                "    public List<Sale> getSales() { return saleList; }",
                "}", ""));
        Files.writeString(sources.resolve("Store.java"), String.join("\n", "package test.jpa;",
                "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class Store {",
                "    private Long id;",
                "    private List<Sale> sales = new ArrayList<>();",
                "    @Id public Long getId() { return id; }",
                "    public List<Sale> getSales() { return sales; }",
                "    @OneToMany(mappedBy = \"store\")",
                "    public List<Sale> isSales() { return sales; }",
                "}", ""));
        Files.writeString(sources.resolve("Sale.java"), String.join("\n", "package test.jpa;",
                "import jakarta.persistence.*;",
                "@Entity public class Sale {",
                "    @Id Long id;",
                "    @ManyToOne Shop shop;",
                "    @ManyToOne Store store;",
                "    @ManyToOne Zoo zoo;",
                "}", ""));
        Files.writeString(sources.resolve("Zoo.java"), String.join("\n", "package test.jpa;",
                "import jakarta.persistence.*;", "import java.util.*;",
                "@Entity public class Zoo {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"zoo\") List<Sale> sales = new ArrayList<>();",
                "    @OneToMany(mappedBy = \"zoo\") List<Sale> refunds = new ArrayList<>();",
                "}", ""));
        List<String> warned = sameWarningsUnderBothCompilers(sources);
        assertThat(warned).hasSize(4);
        assertThat(warned.get(0)).contains("Shop.java:8: warning: [RelatePropertyWithoutField]");
        assertThat(warned.get(1)).contains("Store.java:10: warning: [RelateMappedIsGetter]");
        assertThat(warned.get(2)).contains("Zoo.java:6: warning: [RelateMappedByTwice]");
        assertThat(warned.get(3)).contains("Zoo.java:7: warning: [RelateMappedByTwice]");
    }

    /**
     * Compiles the sources with JPA under javac and ecj, both without error, and returns relate's
     * warnings, the same under both.
     */
    private List<String> sameWarningsUnderBothCompilers(Path sources) throws IOException {
        List<Path> files = Compilers.javaFiles(sources);
        Compilers.Result javac = Compilers.javac(work, files, List.of("--release", "17"), List.of(Compilers.jpa()));
        Compilers.Result ecj = Compilers.ecj(work, files, List.of("--release", "17"), List.of(Compilers.jpa()));

        assertThat(javac.success()).isTrue();
        assertThat(ecj.success()).isTrue();
        assertThat(javac.relateErrors()).isEmpty();
        assertThat(ecj.relateErrors()).isEmpty();
        List<String> warned = relateWarnings(javac);
        assertThat(relateWarnings(ecj)).containsExactlyElementsIn(warned);
        return warned;
    }

    /**
     * A class compiled alone by ecj (Eclipse's incremental builder) after a listener was added to it
     * finds the helpers of the other class, compiled by ecj before, stale as javac does: ecj gives
     * the class file's constants too.
     */
    @Test
    void aClassCompiledAloneFindsTheOtherClassHelpersStaleUnderEcj() throws IOException {
        Path sources = Files.createDirectories(work.resolve("full/test/stale"));
        Files.writeString(sources.resolve("Team.java"), String.join("\n", "package test.stale;",
                "public class Team {",
                "    @dev.relate.OneToManyRel(backPopulates = \"team\")",
                "    java.util.List<Player> players = new java.util.ArrayList<>();",
                "}", ""));
        Path player = sources.resolve("Player.java");
        Files.writeString(player, String.join("\n", "package test.stale;",
                "public class Player {",
                "    @dev.relate.ManyToOneRel(backPopulates = \"players\")",
                "    Team team;",
                "}", ""));
        Compilers.Result full = Compilers.ecj(work.resolve("full"), Compilers.javaFiles(sources), List.of("--release", "17"));
        assertWithMessage(full.output()).that(full.success()).isTrue();
        // the builder deletes what was generated from the file it compiles again (ecj's batch filer
        // refuses to write a type it finds on the class path)
        Files.delete(full.classes().resolve("test/stale/PlayerRelations.class"));
        Compilers.Result unchanged = Compilers.ecj(work.resolve("unchanged"), List.of(player),
                List.of("--release", "17"), List.of(full.classes()));
        assertWithMessage(unchanged.output()).that(unchanged.success()).isTrue();

        Files.writeString(player, String.join("\n", "package test.stale;",
                "public class Player {",
                "    @dev.relate.ManyToOneRel(backPopulates = \"players\")",
                "    Team team;",
                "    @dev.relate.OnChange(\"team\")",
                "    void teamChanged(Team team, boolean linked) {",
                "    }",
                "}", ""));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(player), List.of("--release", "17"),
                List.of(full.classes()));
        assertThat(alone.success()).isFalse();
        assertThat(alone.relateErrors()).hasSize(1);
        assertThat(alone.relateErrors().get(0)).contains("Player.java:2: error: [RelateStaleHelpers] Player is"
                + " compiled without Team, and TeamRelations");
    }

    /**
     * A class compiled alone by ecj that drops the inverse collection of a JPA relationship: ecj reads
     * the generated class the full build left for it as javac does, and finds the other class's helpers
     * stale.
     */
    @Test
    void aClassThatDropsAnEndFindsTheOtherClassHelpersStaleUnderEcj() throws IOException {
        Path sources = Files.createDirectories(work.resolve("full/test/stale"));
        Path post = sources.resolve("Post.java");
        Files.writeString(post, String.join("\n", "package test.stale;",
                "import jakarta.persistence.*;",
                "@Entity public class Post {",
                "    @Id Long id;",
                "    @OneToMany(mappedBy = \"post\") java.util.List<Comment> comments = new java.util.ArrayList<>();",
                "}", ""));
        Files.writeString(sources.resolve("Comment.java"), String.join("\n", "package test.stale;",
                "import jakarta.persistence.*;",
                "@Entity public class Comment {",
                "    @Id Long id;",
                "    @ManyToOne Post post;",
                "}", ""));
        Compilers.Result full = Compilers.ecj(work.resolve("full"), Compilers.javaFiles(sources),
                List.of("--release", "17"), List.of(Compilers.jpa()));
        assertWithMessage(full.output()).that(full.success()).isTrue();
        Files.writeString(post, String.join("\n", "package test.stale;",
                "import jakarta.persistence.*;",
                "@Entity public class Post {",
                "    @Id Long id;",
                "}", ""));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(post), List.of("--release", "17"),
                List.of(full.classes(), Compilers.jpa()));
        assertThat(alone.success()).isFalse();
        assertThat(alone.relateErrors()).hasSize(1);
        assertThat(alone.relateErrors().get(0)).contains("Post.java:3: error: [RelateStaleHelpers] Post is"
                + " compiled without Comment, and CommentRelations");
    }

    /**
     * The compiled examples, over this class's loader: relate's runtime and H2 come from the test
     * class path, the examples from the compiler's output.
     */
    private static URLClassLoader loader(Path classes) throws IOException {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()}, EclipseCompilerTest.class.getClassLoader());
    }

    private static String runExamples(ClassLoader loader) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            Method run = loader.loadClass("dev.relate.examples.Examples").getMethod("run", PrintStream.class);
            run.invoke(null, out);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private static List<String> relateWarnings(Compilers.Result result) {
        return result.problems().stream().filter(problem -> problem.contains(": warning: [Relate")).toList();
    }
}
