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
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class compiled alone (an IDE's or Gradle's incremental build) that carries only Lombok's
 * annotations, with Lombok before relate on the processor path: Lombok claims every annotation of
 * the round, javac starts no processor after it for that round, and the class never reaches relate.
 * Where an earlier build wrote helpers for it, relate says so when javac analyses the class
 * ({@code RelateNotRun}) instead of leaving those helpers unchecked.
 */
class UnseenClassesTest {
    /** A one-to-many whose other end, {@code Member.club}, the backref declares. */
    private static final JavaFileObject CLUB = source("Club", """
            package test.unseen;

            import dev.relate.OneToManyRel;
            import java.util.ArrayList;
            import java.util.List;

            public class Club {
                @OneToManyRel(backref = "club")
                List<Member> members = new ArrayList<>();
            }
            """);

    /** The backref's target: only Lombok's annotation, none of relate's. */
    private static final String MEMBER = """
            package test.unseen;

            @lombok.Getter
            public class Member {
                Club club;
            }
            """;

    /** A class relate has nothing to do with, with only Lombok's annotation too. */
    private static final JavaFileObject NOTE = source("Note", """
            package test.unseen;

            @lombok.Getter
            public class Note {
                String text;
            }
            """);

    @Test
    void aBackrefTargetWithOnlyLombokAnnotationsCompiledAloneAfterLombokIsReported(@TempDir Path build)
            throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER), NOTE);
        JavaFileObject member = source("Member", MEMBER);

        Result result = alone(classpath, lombokFirst(), member);

        assertError(result, "RelateNotRun", member, "public class Member {",
                "Member was compiled without relate seeing it",
                "The helpers an earlier build wrote for Member and its relationships (MemberRelations)",
                "are neither written again nor checked",
                "List relate before that processor");
    }

    /**
     * Gradle deletes the generated classes of a class before it recompiles it: the class is still
     * known as one the helpers of the class at the backref's other end serve.
     */
    @Test
    void aBackrefTargetWhoseOwnHelpersAreDeletedIsReportedThroughTheOtherEnd(@TempDir Path build)
            throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER), NOTE);
        Files.delete(build.resolve("test/unseen/MemberRelations.class"));
        JavaFileObject member = source("Member", MEMBER);

        Result result = alone(classpath, lombokFirst(), member);

        assertError(result, "RelateNotRun", member, "public class Member {",
                "The helpers an earlier build wrote for Member and its relationships (ClubRelations)");
    }

    /** A class that only holds a field of a class with helpers, which do not serve it: nothing to say. */
    @Test
    void aClassThatOnlyHoldsAClassWithHelpersIsNotReported(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER));

        assertSucceeded(alone(classpath, lombokFirst(), source("Ledger", """
                package test.unseen;

                @lombok.Getter
                public class Ledger {
                    Club club;
                    java.util.List<Club> clubs;
                }
                """)));
    }

    /** The advice works: relate first sees the class, finds its helpers as written and says nothing. */
    @Test
    void relateBeforeLombokSeesTheClass(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER));

        Result result = alone(classpath, relateFirst(), source("Member", MEMBER));

        assertSucceeded(result);
    }

    /** ...and a change the helpers of the other class cannot follow is the full build's error. */
    @Test
    void relateBeforeLombokChecksAChangedClass(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER));

        Result result = alone(classpath, relateFirst(), source("Member", MEMBER.replace("Club club;", "Club owner;")));

        assertThat(result.compilation()).hadErrorContaining("[RelateMissingField] backref = \"club\" names no field"
                + " of Member");
        assertThat(result.compilation()).hadErrorCount(1);
    }

    /** A class relate never wrote anything for, compiled alone after Lombok: nothing to say. */
    @Test
    void aClassRelateNeverWroteForIsNotReported(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER), NOTE);

        assertSucceeded(alone(classpath, lombokFirst(), NOTE));
    }

    /** A full build with Lombok first: the round has relate's annotations, relate reads it, and no class is unseen. */
    @Test
    void aFullBuildWithLombokFirstIsNotReported(@TempDir Path build) throws IOException {
        List<File> classpath = fullBuild(build, lombokFirst(), CLUB, source("Member", MEMBER), NOTE);

        assertSucceeded(alone(classpath, lombokFirst(), CLUB, source("Member", MEMBER), NOTE));
    }

    /**
     * A class javac finds through the source path and compiles implicitly is never shown to a processor:
     * reached from a class relate reads, its helpers are checked as those of a class file, and nothing
     * more is said.
     */
    @Test
    void anImplicitlyCompiledClassThatRelateReachesIsChecked(@TempDir Path build, @TempDir Path sources)
            throws IOException {
        List<File> classpath = fullBuild(build, relateFirst(), CLUB, source("Member", MEMBER));

        Result result = alone(classpath, implicit(sources, MEMBER), relateFirst(), CLUB);

        assertSucceeded(result);
    }

    /** ...and one that no class relate reads reaches is reported: its helpers are neither written nor checked. */
    @Test
    void anImplicitlyCompiledClassThatRelateDoesNotReachIsReported(@TempDir Path build, @TempDir Path sources)
            throws IOException {
        List<File> classpath = fullBuild(build, relateFirst(), CLUB, source("Member", MEMBER));
        JavaFileObject roster = source("Roster", """
                package test.unseen;

                class Roster {
                    Member first;
                }
                """);

        Result result = alone(classpath, implicit(sources, MEMBER), relateFirst(), roster);

        assertThat(result.compilation()).hadErrorContaining("[RelateNotRun] Member was compiled without relate"
                + " seeing it");
        assertThat(result.compilation()).hadErrorContaining("or javac found Member through the source path and"
                + " compiled it implicitly");
        assertThat(result.compilation()).hadErrorCount(1);
    }

    private static void assertSucceeded(Result result) {
        assertWithMessage("%s", result.errors()).that(result.compilation().status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(result.compilation().warnings().toString()).doesNotContain("[Relate");
    }

    private static JavaFileObject source(String name, String text) {
        return JavaFileObjects.forSourceString("test.unseen." + name, text);
    }

    private static List<Processor> lombokFirst() {
        return List.of(TestProcessors.lombok(), TestProcessors.recording(new ArrayList<>()), new RelateClaims());
    }

    private static List<Processor> relateFirst() {
        return List.of(TestProcessors.recording(new ArrayList<>()), new RelateClaims(), TestProcessors.lombok());
    }

    /** The options that make javac compile {@code test.unseen.Member} from a source path holding {@code text}. */
    private static List<String> implicit(Path sourcePath, String text) throws IOException {
        Path file = sourcePath.resolve("test/unseen/Member.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return List.of("-sourcepath", sourcePath.toString(), "-Xprefer:source");
    }

    private static Result alone(List<File> classpath, List<Processor> processors, JavaFileObject... sources) {
        return alone(classpath, List.of(), processors, sources);
    }

    private static Result alone(List<File> classpath, List<String> options, List<Processor> processors,
            JavaFileObject... sources) {
        Compilation compilation = Compiler.javac().withClasspath(classpath).withOptions(options)
                .withProcessors(processors).compile(sources);
        ErrorTesting.assertNoCrash(compilation);
        return new Result(compilation, List.of());
    }

    /** Compiles the sources as a full build does and keeps its class files: the class path of the next compile. */
    private static List<File> fullBuild(Path directory, List<Processor> processors, JavaFileObject... sources)
            throws IOException {
        List<File> classpath = EarlierBuild.compile(directory, processors, sources);
        assertThat(Files.exists(directory.resolve("test/unseen/MemberRelations.class"))).isTrue();
        return classpath;
    }
}
