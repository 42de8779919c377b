package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.errors.ErrorTesting.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.RelateClaims;
import dev.relate.processor.TestProcessors;
import dev.relate.processor.errors.ErrorTesting.Result;
import dev.relate.processor.testing.Wrapping;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A class compiled alone (an IDE recompiling one file) whose change the generated class of another
 * class must follow: the end object of {@code Team.players} lives in {@code TeamRelations} and calls
 * {@code Player}'s listener and reads {@code Player.team}, so a new listener, a removed one or a
 * field reached another way leaves {@code TeamRelations} stale. relate tells, and says what to
 * compile; where nothing it reaches changed, it says nothing.
 */
class StaleHelpersTest {
    private static final String TEAM = """
            package test.stale;

            import dev.relate.OneToManyRel;
            import java.util.ArrayList;
            import java.util.List;

            public class Team {
                @OneToManyRel(backPopulates = "team")
                List<Player> players = new ArrayList<>();
            }
            """;

    private static final String PLAYER = """
            package test.stale;

            import dev.relate.ManyToOneRel;

            public class Player {
                @ManyToOneRel(backPopulates = "players")
                Team team;
            }
            """;

    private static final String PLAYER_LISTENING = """
            package test.stale;

            import dev.relate.ManyToOneRel;
            import dev.relate.OnChange;

            public class Player {
                @ManyToOneRel(backPopulates = "players")
                Team team;

                @OnChange("team")
                void teamChanged(Team team, boolean linked) {
                }
            }
            """;

    @Test
    void aListenerAddedToAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject player = source("Player", PLAYER_LISTENING);
        Result result = alone(classpath, player);
        assertError(result, "RelateStaleHelpers", player, "public class Player {",
                "Player is compiled without Team, and TeamRelations, which relate wrote when Team was last compiled,"
                        + " no longer matches the declarations of Player",
                "Compile Team together with Player, or rebuild the module");
    }

    @Test
    void aListenerRemovedFromAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER_LISTENING));
        JavaFileObject player = source("Player", PLAYER);
        assertError(alone(classpath, player), "RelateStaleHelpers", player, "public class Player {",
                "TeamRelations, which relate wrote when Team was last compiled");
    }

    /**
     * A listener's parameter widened: the call in {@code TeamRelations} reads the same, but names
     * another method in bytecode (the old one would throw NoSuchMethodError).
     */
    @Test
    void aListenersParameterWidened(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER_LISTENING));
        JavaFileObject player = source("Player", PLAYER_LISTENING.replace("void teamChanged(Team team,",
                "void teamChanged(Object team,"));
        assertError(alone(classpath, player), "RelateStaleHelpers", player, "public class Player {",
                "TeamRelations, which relate wrote when Team was last compiled");
    }

    @Test
    void aFieldMadePrivateInAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject player = source("Player", PLAYER.replace("    Team team;", """
                    private Team team;

                    public Team getTeam() {
                        return team;
                    }

                    public void setTeam(Team team) {
                        this.team = team;
                    }
                """));
        assertError(alone(classpath, player), "RelateStaleHelpers", player, "public class Player {",
                "TeamRelations, which relate wrote when Team was last compiled");
    }

    @Test
    void aValidatorAddedToOneSideOfAManyToMany(@TempDir Path build) throws IOException {
        String course = manyToMany("Course", null, "students", "Student", "courses");
        String student = manyToMany("Student", null, "courses", "Course", "students");
        List<File> classpath = fullBuild(build, source("Course", course), source("Student", student));
        JavaFileObject changed = source("Course", course.replace("""
                    Set<Student> students = new HashSet<>();
                """, """
                    Set<Student> students = new HashSet<>();

                    @dev.relate.Validates("students")
                    void check(Student student, boolean linking) {
                    }
                """));
        assertError(alone(classpath, changed), "RelateStaleHelpers", changed, "public class Course {",
                "Course is compiled without Student, and StudentRelations");
    }

    /** A table class reads the ids of both classes: an id reached another way leaves it stale. */
    @Test
    void anIdMadePrivateUnderATableClass(@TempDir Path build) throws IOException {
        String post = manyToMany("Post", "post_tag", "tags", "Tag", "posts");
        String tag = manyToMany("Tag", "post_tag", "posts", "Post", "tags");
        List<File> classpath = fullBuild(build, source("Post", post), source("Tag", tag));
        assertThat(Files.exists(build.resolve("test/stale/PostTagTable.class"))).isTrue();
        assertSucceeded(alone(classpath, source("Post", post)));
        JavaFileObject changed = source("Post", post.replace("    long id;\n", """
                    private long id;

                    public long getId() {
                        return id;
                    }
                """));
        assertError(alone(classpath, changed), "RelateStaleHelpers", changed, "public class Post {",
                "Post is compiled without Tag, and PostTagTable, which relate wrote when Tag was last compiled");
    }

    /** An id boxed: the table class's read of it reads the same, but is another field read in bytecode. */
    @Test
    void anIdBoxedUnderATableClass(@TempDir Path build) throws IOException {
        String post = manyToMany("Post", "post_tag", "tags", "Tag", "posts");
        List<File> classpath = fullBuild(build, source("Post", post),
                source("Tag", manyToMany("Tag", "post_tag", "posts", "Post", "tags")));
        JavaFileObject changed = source("Post", post.replace("    long id;\n", "    Long id;\n"));
        assertError(alone(classpath, changed), "RelateStaleHelpers", changed, "public class Post {",
                "PostTagTable, which relate wrote when Tag was last compiled");
    }

    /**
     * A class with an error of its own hears of that error only: the model it belongs to is not
     * whole, and the helpers it would compare are not those a full build would write.
     */
    @Test
    void anErrorOfItsOwnComesAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject player = source("Player", PLAYER_LISTENING.replace("""
                    Team team;
                """, """
                    Team team;

                    @ManyToOneRel(backPopulates = "formerPlayers")
                    Team formerTeam;
                """));
        Result result = alone(classpath, player);
        assertError(result, "RelateMissingField", player, "@ManyToOneRel(backPopulates = \"formerPlayers\")",
                "formerPlayers");
        assertThat(result.errors().toString()).doesNotContain("RelateStaleHelpers");
    }

    /** A change that no other generated class follows, and the class compiled alone as it was: nothing to say. */
    @Test
    void nothingStaleNothingSaid(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER_LISTENING));
        assertSucceeded(alone(classpath, source("Player", PLAYER_LISTENING)));
        assertSucceeded(alone(classpath, source("Team", TEAM)));
        assertSucceeded(alone(classpath, source("Player", PLAYER_LISTENING.replace("""
                    void teamChanged(Team team, boolean linked) {
                    }
                """, """
                    void teamChanged(Team team, boolean linked) {
                        System.out.println(team + " " + linked);
                    }

                    public String name() {
                        return "player";
                    }
                """))));
    }

    /**
     * Lombok after relate makes {@code Player.team} private ({@code @FieldDefaults}) only once relate
     * has read it in the first round: the helpers of {@code Team} are compared again in the next
     * round, with the field as Lombok left it, and found as they are.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void lombokChangingAFieldAfterRelateReadItIsNoChange(boolean relateFirst, @TempDir Path build) throws IOException {
        JavaFileObject team = source("Team", """
                package test.stale;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                @lombok.Getter
                public class Team {
                    @OneToManyRel(backPopulates = "team")
                    private List<Player> players = new ArrayList<>();
                }
                """);
        String player = """
                package test.stale;

                import dev.relate.ManyToOneRel;

                @lombok.experimental.FieldDefaults(level = lombok.AccessLevel.PRIVATE)
                @lombok.Getter
                @lombok.Setter
                public class Player {
                    @ManyToOneRel(backPopulates = "players")
                    Team team;
                }
                """;
        List<File> classpath = fullBuild(build, withLombok(relateFirst, new ArrayList<>()), team,
                source("Player", player));
        assertSucceeded(aloneWithLombok(classpath, relateFirst, source("Player", player)));
        JavaFileObject listening = source("Player", player.replace("""
                    Team team;
                """, """
                    Team team;

                    @dev.relate.OnChange("team")
                    void teamChanged(Team team, boolean linked) {
                    }
                """));
        assertError(aloneWithLombok(classpath, relateFirst, listening), "RelateStaleHelpers", listening,
                "public class Player {", "TeamRelations");
    }

    /**
     * Lombok's {@code @Builder} removes the default constructor of an association object, and its
     * {@code @Getter} gives a many-to-many end's class the id getter its table reads: compiled alone,
     * unchanged, such a class is read as Lombok left it, as in the full build, in either order.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void lombokAddingConstructorsAndGettersIsNoChange(boolean relateFirst, @TempDir Path build) throws IOException {
        String booking = """
                package test.stale;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;

                @AssociationObject
                @lombok.Builder
                public class Booking {
                    @ManyToOneRel(backPopulates = "bookings")
                    Team team;
                    @ManyToOneRel(backPopulates = "bookings")
                    Player player;
                    String fee;
                }
                """;
        String team = """
                package test.stale;

                import dev.relate.ManyToManyRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.HashSet;
                import java.util.List;
                import java.util.Set;

                @lombok.Getter
                public class Team {
                    private long id;
                    @OneToManyRel(backPopulates = "team")
                    List<Booking> bookings = new ArrayList<>();
                    @ManyToManyRel(secondary = "team_player", backPopulates = "teams")
                    Set<Player> players = new HashSet<>();
                }
                """;
        String player = team.replace("@lombok.Getter\n", "").replace("class Team", "class Player")
                .replace("    private long id;", "    @lombok.Getter\n    private long id;")
                .replace("\"team\"", "\"player\"").replace("\"teams\"", "\"players\"")
                .replace("Set<Player> players", "Set<Team> teams");
        List<File> classpath = fullBuild(build, withLombok(relateFirst, new ArrayList<>()), source("Booking", booking),
                source("Team", team), source("Player", player));
        assertSucceeded(aloneWithLombok(classpath, relateFirst, source("Booking", booking)));
        assertSucceeded(aloneWithLombok(classpath, relateFirst, source("Team", team)));
        assertSucceeded(aloneWithLombok(classpath, relateFirst, source("Player", player)));
    }

    /**
     * A bug in relate while it writes another class's helpers only to compare them (here an exception
     * that javac's Elements throws while {@code TeamRelations} is written again from the class files)
     * is one RelateUnexpected error on the class compiled, naming the generated class: never a crash,
     * nor an error of the round with no place.
     */
    @Test
    void aFailureWritingTheHelpersToCompareIsOneErrorOnTheClassCompiled(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject player = source("Player", PLAYER);
        Processor faulty = Wrapping.inside(TestProcessors.recording(new ArrayList<>()),
                env -> new FailingWhileComparing(env));
        Compilation compilation = Compiler.javac().withClasspath(classpath)
                .withProcessors(faulty, new RelateClaims()).compile(player);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateUnexpected] relate failed unexpectedly on TeamRelations"
                + " (java.lang.IllegalStateException: injected). This is a bug in relate")
                .inFile(player).onLineContaining("public class Player {");
        assertThat(compilation.errors().toString()).doesNotContain("\tat ");
    }

    /** javac's environment, whose Elements throw while relate writes a generated class to compare it. */
    private static final class FailingWhileComparing extends Wrapping.Wrapper {
        FailingWhileComparing(ProcessingEnvironment wrapped) {
            super(wrapped);
        }

        @Override
        public Elements getElementUtils() {
            Elements real = super.getElementUtils();
            InvocationHandler handler = (proxy, method, args) -> {
                if (writingToCompare()) {
                    throw new IllegalStateException("injected");
                }
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Elements) Proxy.newProxyInstance(StaleHelpersTest.class.getClassLoader(),
                    new Class<?>[] {Elements.class}, handler);
        }

        /** Whether relate is writing a file (PlanFiles) for StaleHelpers. */
        private static boolean writingToCompare() {
            return StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                    .filter(name -> name.equals("dev.relate.processor.StaleHelpers")
                            || name.equals("dev.relate.processor.PlanFiles"))
                    .distinct().count() == 2);
        }
    }

    private static final String POST = """
            package test.stale;

            import jakarta.persistence.*;
            import java.util.*;

            @Entity
            public class Post {
                @Id Long id;
                @OneToMany(mappedBy = "post") List<Comment> comments = new ArrayList<>();
            }
            """;

    private static final String COMMENT = """
            package test.stale;

            import jakarta.persistence.*;

            @Entity
            public class Comment {
                @Id Long id;
                @ManyToOne Post post;
            }
            """;

    private static final String AUTHOR = """
            package test.stale;

            import jakarta.persistence.*;
            import java.util.*;

            @Entity
            public class Author {
                @Id Long id;
                @OneToMany(mappedBy = "author") List<Post> posts = new ArrayList<>();
            }
            """;

    /**
     * The inverse collection dropped from a class compiled alone: the class holds no end any more, but
     * {@code CommentRelations} still calls the end object of {@code Post.comments} in the old
     * {@code PostRelations}, which reads a field that is gone.
     */
    @Test
    void anInverseCollectionDroppedFromAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Post", POST), source("Comment", COMMENT));
        JavaFileObject post = source("Post", POST.replace(
                "    @OneToMany(mappedBy = \"post\") List<Comment> comments = new ArrayList<>();\n", ""));
        assertError(alone(classpath, post), "RelateStaleHelpers", post, "public class Post {",
                "Post is compiled without Comment, and CommentRelations, which relate wrote when Comment was last"
                        + " compiled, no longer matches the declarations of Post",
                "Compile Comment together with Post");
    }

    /** The same where the class keeps another relationship, and so gets helpers of its own written again. */
    @Test
    void anInverseCollectionDroppedBesideAnotherRelationship(@TempDir Path build) throws IOException {
        String post = POST.replace("    @Id Long id;\n", "    @Id Long id;\n    @ManyToOne Author author;\n");
        List<File> classpath = fullBuild(build, source("Post", post), source("Comment", COMMENT),
                source("Author", AUTHOR));
        JavaFileObject changed = source("Post", post.replace(
                "    @OneToMany(mappedBy = \"post\") List<Comment> comments = new ArrayList<>();\n", ""));
        Result result = alone(classpath, changed);
        assertError(result, "RelateStaleHelpers", changed, "public class Post {",
                "Post is compiled without Comment, and CommentRelations");
        // a class with an error gets no generated file, though Post still has a relationship to write
        assertThat(result.written()).doesNotContain("test.stale.PostRelations");
    }

    /**
     * Compiled together, or as Maven compiles every class with the old class files on the class path,
     * the classes get new helpers all; unchanged, a class compiled alone still compiles.
     */
    @Test
    void aDroppedRelationshipCompiledWithItsPartner(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Post", POST), source("Comment", COMMENT));
        assertSucceeded(alone(classpath, source("Post", POST)));
        assertSucceeded(alone(classpath, source("Comment", COMMENT)));
        assertSucceeded(alone(classpath, source("Post", POST.replace(
                "    @OneToMany(mappedBy = \"post\") List<Comment> comments = new ArrayList<>();\n", "")),
                source("Comment", COMMENT)));
    }

    /**
     * relate's own annotations: the collection deleted, its class compiled alone; the other end, read
     * from its class file, names it still.
     */
    @Test
    void aCollectionDeletedFromAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject team = source("Team", TEAM.replace("""
                    @OneToManyRel(backPopulates = "team")
                    List<Player> players = new ArrayList<>();
                """, ""));
        assertFullBuildsError(alone(classpath, team), "[RelateMissingField] backPopulates = \"players\" names no"
                + " field of Team: name the field that is the other end (on test.stale.Player.team, read from a class"
                + " file)");
    }

    /** The reference deleted, its class compiled alone: the collection on the other class names it still. */
    @Test
    void aReferenceDeletedFromAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject player = source("Player", PLAYER.replace("""
                    @ManyToOneRel(backPopulates = "players")
                    Team team;
                """, ""));
        assertFullBuildsError(alone(classpath, player), "[RelateMissingField] backPopulates = \"team\" names no"
                + " field of Player: name the field that is the other end (on test.stale.Team.players, read from a"
                + " class file)");
    }

    /** Only the annotation removed: the field stays, but is no end, and the other end names it still. */
    @Test
    void anAnnotationRemovedFromAClassCompiledAlone(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        JavaFileObject team = source("Team", TEAM.replace("    @OneToManyRel(backPopulates = \"team\")\n", ""));
        assertFullBuildsError(alone(classpath, team), "[RelateOtherEndNotDeclared] backPopulates = \"players\""
                + " names Team.players, which declares no relationship");
    }

    /**
     * The one error a full build of the changed class with the others reports, on the other class (read
     * from its class file, so named at the end of the message): what to fix comes before stale helpers.
     */
    private static void assertFullBuildsError(Result result, String error) {
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining(error);
    }

    /** Compiled together, the two classes get new helpers both: the class files of the old ones are not read. */
    @Test
    void bothClassesCompiledTogether(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, source("Team", TEAM), source("Player", PLAYER));
        assertSucceeded(alone(classpath, source("Team", TEAM), source("Player", PLAYER_LISTENING)));
    }

    private static void assertSucceeded(Result result) {
        assertWithMessage("%s", result.errors()).that(result.compilation().status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(result.compilation().warnings().toString()).doesNotContain("[Relate");
    }

    /**
     * A class of {@code test.stale} with one many-to-many end, a set; with an id and a table's name
     * where {@code table} is not null.
     */
    private static String manyToMany(String name, String table, String field, String other, String backPopulates) {
        return "package test.stale;\n\nimport dev.relate.ManyToManyRel;\n"
                + "import java.util.HashSet;\nimport java.util.Set;\n\npublic class " + name + " {\n"
                + (table == null ? "" : "    long id;\n\n")
                + "    @ManyToManyRel(" + (table == null ? "" : "secondary = \"" + table + "\", ")
                + "backPopulates = \"" + backPopulates + "\")\n"
                + "    Set<" + other + "> " + field + " = new HashSet<>();\n"
                + "}\n";
    }

    private static JavaFileObject source(String name, String text) {
        return JavaFileObjects.forSourceString("test.stale." + name, text);
    }

    private static Result alone(List<File> classpath, JavaFileObject... sources) {
        return ErrorTesting.compile(Compiler.javac().withClasspath(classpath),
                List.of(sources));
    }

    /** Relate and Lombok, in that order or the other; relate adds the classes it writes to {@code written}. */
    private static List<Processor> withLombok(boolean relateFirst, List<String> written) {
        Processor relate = TestProcessors.recording(written);
        return relateFirst ? List.of(relate, new RelateClaims(), TestProcessors.lombok())
                : List.of(TestProcessors.lombok(), relate, new RelateClaims());
    }

    private static Result aloneWithLombok(List<File> classpath, boolean relateFirst, JavaFileObject source) {
        List<String> written = new ArrayList<>();
        Compilation compilation = Compiler.javac().withClasspath(classpath)
                .withProcessors(withLombok(relateFirst, written)).compile(source);
        ErrorTesting.assertNoCrash(compilation);
        return new Result(compilation, List.copyOf(written));
    }

    private static List<File> fullBuild(Path directory, JavaFileObject... sources) throws IOException {
        return fullBuild(directory, List.of(TestProcessors.recording(new ArrayList<>()), new RelateClaims()), sources);
    }

    /** Compiles the sources with relate, as a full build does, and keeps every class file: the build's output. */
    private static List<File> fullBuild(Path directory, List<Processor> processors, JavaFileObject... sources)
            throws IOException {
        List<File> classpath = EarlierBuild.compile(directory, processors, sources);
        try (java.util.stream.Stream<Path> kept = Files.list(directory.resolve("test/stale"))) {
            assertThat(kept.map(path -> path.getFileName().toString()).toList()).contains(
                    sources[0].getName().replaceFirst(".*/", "").replace(".java", "Relations.class"));
        }
        return classpath;
    }
}
