package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.processor.ecosystem.Compilers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One class compiled alone by the Eclipse compiler (ecj) against the output of a full build, as
 * Eclipse and a one-file {@code ecj -cp out} do, with that output still holding the generated
 * classes of the earlier build. ecj's filer refuses to create a class it finds there (javac writes
 * it again): where the class file is the one relate would write now, nothing needs writing; where it
 * is stale, the error says so and what to delete; a class of the user's of that name is a clash.
 */
class EclipseCompiledAloneTest {
    private static final String PARENT = """
            package test.alone;

            import dev.relate.OneToManyRel;
            import java.util.ArrayList;
            import java.util.List;

            public class Parent {
                int id;
                @OneToManyRel(backPopulates = "parent")
                List<Child> children = new ArrayList<>();
            }
            """;

    private static final String CHILD = """
            package test.alone;

            import dev.relate.ManyToOneRel;

            public class Child {
                int id;
                @ManyToOneRel(backPopulates = "children")
                Parent parent;
            }
            """;

    private static final List<String> OPTIONS = List.of("--release", "17");

    private static final String STALE_CLASS_FILE = "RelateStaleClassFile";

    @TempDir
    Path work;

    /** Only a comment changed: the class files of the full build are what relate writes now, diagram and all. */
    @Test
    void anUnchangedClassCompiledAloneNeedsNothingWritten() throws IOException {
        Compilers.Result full = fullBuild(PARENT, CHILD);
        Path child = write("alone/test/alone/Child.java", CHILD.replace("public class Child {",
                "// only this comment is new\npublic class Child {"));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(child), OPTIONS, List.of(full.classes()));
        assertWithMessage(alone.output()).that(alone.success()).isTrue();
        assertWithMessage(alone.output()).that(alone.problems()).isEmpty();
        assertThat(alone.output()).doesNotContain("[Relate");
        // the diagram of the class compiled is written again, as a full build writes it
        String diagram = "META-INF/relate/model/test.alone.Child.mmd";
        assertThat(Files.readString(alone.classes().resolve(diagram)))
                .isEqualTo(Files.readString(full.classes().resolve(diagram)));
    }

    /** The same for a table class, whose class file also stands in the way of the class compiled alone. */
    @Test
    void anUnchangedClassWithATableClassCompiledAloneNeedsNothingWritten() throws IOException {
        String post = """
                package test.alone;

                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;

                public class Post {
                    long id;
                    @ManyToManyRel(secondary = "post_tag", backPopulates = "posts")
                    Set<Tag> tags = new HashSet<>();
                }
                """;
        String tag = post.replace("class Post", "class Tag").replace("Set<Tag> tags", "Set<Post> posts")
                .replace("\"posts\"", "\"tags\"");
        Compilers.Result full = fullBuild(post, tag);
        assertThat(Files.exists(full.classes().resolve("test/alone/PostTagTable.class"))).isTrue();
        Path alone = write("alone/test/alone/Post.java", post);
        Compilers.Result result = Compilers.ecj(work.resolve("alone"), List.of(alone), OPTIONS,
                List.of(full.classes()));
        assertWithMessage(result.output()).that(result.success()).isTrue();
        assertWithMessage(result.output()).that(result.problems()).isEmpty();
    }

    /**
     * A new one-way end changes the class's own helpers only: the earlier build's class file of them is
     * stale and in the way, and the error names it; deleted, as the error says, the class compiles.
     */
    @Test
    void aChangedClassCompiledAloneNamesTheStaleClassFileInTheWay() throws IOException {
        Compilers.Result full = fullBuild(PARENT, CHILD);
        Path child = write("alone/test/alone/Child.java", CHILD.replace("    Parent parent;\n",
                "    Parent parent;\n    @ManyToOneRel\n    Parent favourite;\n"));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(child), OPTIONS, List.of(full.classes()));
        assertThat(alone.success()).isFalse();
        assertWithMessage(alone.output()).that(alone.relateErrors()).hasSize(1);
        assertThat(alone.relateErrors().get(0)).contains("Child.java:5: error: [" + STALE_CLASS_FILE + "]"
                + " ChildRelations, which relate wrote when Child was last compiled, is still on the class path"
                + " (test/alone/ChildRelations.class) and no longer matches Child");
        assertThat(alone.relateErrors().get(0)).contains("delete test/alone/ChildRelations.class from the build's"
                + " output and compile again, or rebuild the project");
        assertThat(alone.output()).doesNotContain("RelateCannotWrite");

        Files.delete(full.classes().resolve("test/alone/ChildRelations.class"));
        Compilers.Result again = Compilers.ecj(work.resolve("again"), List.of(child), OPTIONS, List.of(full.classes()));
        assertWithMessage(again.output()).that(again.success()).isTrue();
        assertThat(again.generatedSources()).containsKey("test/alone/ChildRelations.java");
    }

    /**
     * A field made private behind accessors changes the helpers of both classes: the other class's
     * are stale (RelateStaleHelpers, as under javac), and the class, which has that error, gets no
     * generated file, so its own old one is not in the way of anything.
     */
    @Test
    void aChangeBothHelpersFollowIsTheStaleHelpersErrorAlone() throws IOException {
        Compilers.Result full = fullBuild(PARENT, CHILD);
        Path child = write("alone/test/alone/Child.java", CHILD.replace("    Parent parent;\n", """
                    private Parent parent;

                    public Parent getParent() {
                        return parent;
                    }

                    public void setParent(Parent parent) {
                        this.parent = parent;
                    }
                """));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(child), OPTIONS, List.of(full.classes()));
        assertThat(alone.success()).isFalse();
        assertWithMessage(alone.output()).that(alone.relateErrors()).hasSize(1);
        assertThat(alone.output()).contains("[RelateStaleHelpers] Child is compiled without Parent, and"
                + " ParentRelations");
        // a class with an error gets no generated file: nothing is written over ChildRelations.class
        assertThat(alone.output()).doesNotContain(STALE_CLASS_FILE);
        assertThat(alone.output()).doesNotContain("RelateCannotWrite");
    }

    /** Parent implementing the interface relate writes for it, {@code ParentRelated}. */
    private static final String PARENT_RELATED = PARENT.replace("public class Parent {",
            "public class Parent implements ParentRelated {");

    /**
     * A class that implements its generated interface: the earlier build's class file of the interface
     * is in the way too, and carries its hash in {@code @RelateFingerprint} (an interface's constant
     * would be inherited by the class): unchanged, nothing needs writing and the class compiles.
     */
    @Test
    void anUnchangedClassWithItsInterfaceCompiledAloneNeedsNothingWritten() throws IOException {
        Compilers.Result full = fullBuild(PARENT_RELATED, CHILD);
        assertThat(Files.exists(full.classes().resolve("test/alone/ParentRelated.class"))).isTrue();
        Path parent = write("alone/test/alone/Parent.java", PARENT_RELATED.replace("public class Parent",
                "// only this comment is new\npublic class Parent"));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(parent), OPTIONS,
                List.of(full.classes()));
        assertWithMessage(alone.output()).that(alone.success()).isTrue();
        assertWithMessage(alone.output()).that(alone.problems()).isEmpty();
        assertThat(alone.output()).doesNotContain("[Relate");
        assertThat(Files.exists(alone.classes().resolve("test/alone/Parent.class"))).isTrue();
    }

    /**
     * Changed, the interface's class file is stale, and the error names it, as it names the helpers';
     * both deleted, as the errors say, the class compiles, with the new interface.
     */
    @Test
    void aChangedClassNamesItsStaleInterfaceClassFile() throws IOException {
        Compilers.Result full = fullBuild(PARENT_RELATED, CHILD);
        Path parent = write("alone/test/alone/Parent.java", PARENT_RELATED.replace("    int id;\n",
                "    int id;\n    @dev.relate.ManyToOneRel\n    Child favourite;\n"));
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(parent), OPTIONS,
                List.of(full.classes()));
        assertThat(alone.success()).isFalse();
        assertWithMessage(alone.output()).that(alone.relateErrors()).hasSize(2);
        assertThat(alone.relateErrors().get(0)).contains("Parent.java:7: error: [" + STALE_CLASS_FILE + "]"
                + " ParentRelations, which relate wrote when Parent was last compiled");
        assertThat(alone.relateErrors().get(1)).contains("Parent.java:7: error: [" + STALE_CLASS_FILE + "]"
                + " ParentRelated, which relate wrote when Parent was last compiled, is still on the class path"
                + " (test/alone/ParentRelated.class) and no longer matches Parent");
        assertThat(alone.relateErrors().get(1)).contains("delete test/alone/ParentRelated.class from the build's"
                + " output and compile again");
        assertThat(alone.output()).doesNotContain("RelateCannotWrite");

        Files.delete(full.classes().resolve("test/alone/ParentRelations.class"));
        Files.delete(full.classes().resolve("test/alone/ParentRelated.class"));
        Compilers.Result again = Compilers.ecj(work.resolve("again"), List.of(parent), OPTIONS,
                List.of(full.classes()));
        assertWithMessage(again.output()).that(again.success()).isTrue();
        assertThat(again.generatedSources().get("test/alone/ParentRelated.java")).contains("assignFavourite(");
    }

    /** javac writes the interface again, unchanged or changed, over the earlier build's class file: no word. */
    @Test
    void javacCompilesAClassWithItsInterfaceAlone() throws IOException {
        Compilers.Result full = fullBuild(PARENT_RELATED, CHILD);
        for (String source : List.of(PARENT_RELATED, PARENT_RELATED.replace("    int id;\n",
                "    int id;\n    @dev.relate.ManyToOneRel\n    Child favourite;\n"))) {
            Path parent = write("javac/test/alone/Parent.java", source);
            Compilers.Result alone = Compilers.javac(work.resolve("javac"), List.of(parent), OPTIONS,
                    List.of(full.classes()));
            assertWithMessage(alone.output()).that(alone.success()).isTrue();
            assertWithMessage(alone.output()).that(alone.relateErrors()).isEmpty();
            assertThat(alone.generatedSources().get("test/alone/ParentRelated.java")).contains("@RelateFingerprint(");
        }
    }

    /** A class of the user's with the name of the helpers, on the class path: a clash, reported as one. */
    @Test
    void aUserClassOfTheHelpersNameOnTheClassPathIsAClash() throws IOException {
        Path clash = write("library/test/alone/ChildRelations.java", """
                package test.alone;

                public class ChildRelations {
                }
                """);
        Compilers.Result library = Compilers.ecj(work.resolve("library"), List.of(clash), OPTIONS);
        assertWithMessage(library.output()).that(library.success()).isTrue();
        Path parent = write("alone/test/alone/Parent.java", PARENT);
        Path child = write("alone/test/alone/Child.java", CHILD);
        Compilers.Result alone = Compilers.ecj(work.resolve("alone"), List.of(parent, child), OPTIONS,
                List.of(library.classes()));
        assertThat(alone.success()).isFalse();
        assertWithMessage(alone.output()).that(alone.relateErrors()).hasSize(1);
        assertThat(alone.relateErrors().get(0)).contains("Child.java:5: error: [RelateCannotWrite] relate could"
                + " not write test.alone.ChildRelations");
        assertThat(alone.relateErrors().get(0)).contains("rename the other class");
    }

    private Compilers.Result fullBuild(String... sources) throws IOException {
        for (String source : sources) {
            String name = source.substring(source.indexOf("public class ") + "public class ".length());
            write("full/test/alone/" + name.substring(0, name.indexOf(' ')) + ".java", source);
        }
        Compilers.Result full = Compilers.ecj(work.resolve("full"), Compilers.javaFiles(work.resolve("full/test")),
                OPTIONS);
        assertWithMessage(full.output()).that(full.success()).isTrue();
        return full;
    }

    private Path write(String path, String text) throws IOException {
        Path file = work.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
