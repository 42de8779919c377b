package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lombok's annotations that add, remove or rename constructors and methods ({@code @Builder},
 * {@code @Getter} with {@code @Accessors}, {@code @Getter} on an id): relate reads such a class once
 * javac shows it as Lombok left it, so the two orders on the processor path write the same helpers and
 * report the same errors.
 */
class LombokMemberChangesTest {
    private static final JavaFileObject VENUE = source("Venue", """
            package test;
            import dev.relate.OneToManyRel;
            import java.util.*;
            public class Venue {
                @OneToManyRel(backPopulates = "venue") List<Booking> bookings = new ArrayList<>();
            }""");
    private static final JavaFileObject ACT = source("Act", """
            package test;
            import dev.relate.OneToManyRel;
            import java.util.*;
            public class Act {
                @OneToManyRel(backPopulates = "act") List<Booking> bookings = new ArrayList<>();
            }""");
    /** No constructor in the source: javac's default one, which {@code @Builder} replaces by an all-arguments one. */
    private static final JavaFileObject BOOKING = source("Booking", """
            package test;
            import dev.relate.*;
            @AssociationObject
            @lombok.Builder
            public class Booking {
                @ManyToOneRel(backPopulates = "bookings") Venue venue;
                @ManyToOneRel(backPopulates = "bookings") Act act;
                String fee;
            }""");
    /** The navigation view cannot create a Booking; link takes one from Lombok's builder. */
    private static final JavaFileObject USE_BOOKINGS = source("Use", """
            package test;
            public class Use {
                public static String run() {
                    Venue venue = new Venue();
                    Act act = new Act();
                    String added;
                    try {
                        added = "added " + VenueRelations.actOfBookings(venue).add(act);
                    } catch (UnsupportedOperationException e) {
                        added = e.getMessage().substring(0, e.getMessage().indexOf(']') + 1);
                    }
                    BookingRelations.link(venue, act, Booking.builder().fee("10").build());
                    return added + " " + venue.bookings.size() + " " + act.bookings.size() + " "
                            + venue.bookings.get(0).fee;
                }
            }""");
    /**
     * A many-to-many with a table, and an association object with one, whose ids only Lombok's getters read:
     * Lombok's annotations only on fields.
     */
    private static final JavaFileObject POST = source("Post", """
            package test;
            import dev.relate.*;
            import java.util.*;
            public class Post {
                @lombok.Getter private Long id;
                @ManyToManyRel(secondary = "post_tag", backPopulates = "posts") Set<Tag> tags = new HashSet<>();
                @OneToManyRel(backPopulates = "post") List<Slot> slots = new ArrayList<>();
            }""");
    private static final JavaFileObject TAG = source("Tag", """
            package test;
            import dev.relate.*;
            import java.util.*;
            public class Tag {
                @lombok.Getter private Long id;
                @ManyToManyRel(secondary = "post_tag", backPopulates = "tags") Set<Post> posts = new HashSet<>();
                @OneToManyRel(backPopulates = "tag") List<Slot> slots = new ArrayList<>();
            }""");
    private static final JavaFileObject SLOT = source("Slot", """
            package test;
            import dev.relate.*;
            @AssociationObject(table = "slots")
            public class Slot {
                @ManyToOneRel(backPopulates = "slots") Post post;
                @ManyToOneRel(backPopulates = "slots") Tag tag;
                String note;
            }""");

    /** An association object that {@code @Builder} leaves without a constructor relate can call. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void builderOnAnAssociationObjectLeavesItsCreationToTheUser(boolean relateFirst) throws Exception {
        Compilation compilation = compile(relateFirst, VENUE, ACT, BOOKING, USE_BOOKINGS);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.BookingRelations").contentsAsUtf8String()
                .contains("throw cannotCreate(\"has no constructor without parameters that relate can call\");");
        assertThat(compilation).generatedSourceFile("test.BookingRelations").contentsAsUtf8String()
                .doesNotContain("new Booking()");
        assertThat(CompiledRun.run(compilation, "test.Use")).isEqualTo("[RelateCannotCreateAssociation] 1 1 10");
    }

    /** Fluent accessors Lombok adds to a class implementing its generated interface clash with relate's. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fluentGetterClashesWithTheEntityInterfaceInEitherOrder(boolean relateFirst) {
        JavaFileObject order = source("Order", """
                package test;
                import dev.relate.OneToManyRel;
                import java.util.*;
                @lombok.Getter @lombok.Setter
                @lombok.experimental.Accessors(fluent = true)
                public class Order implements OrderRelated {
                    @OneToManyRel(backPopulates = "order")
                    List<Line> lines = new ArrayList<>();
                }""");
        JavaFileObject line = source("Line", """
                package test;
                import dev.relate.ManyToOneRel;
                public class Line {
                    @ManyToOneRel(backPopulates = "lines") Order order;
                }""");

        Compilation compilation = compile(relateFirst, order, line);

        assertThat(compilation).hadErrorContaining("[RelateEntityMethodClash] Order implements OrderRelated, whose"
                + " method lines() relate writes for Order.lines, but Order declares lines() too")
                .inFile(order).onLineContaining("List<Line> lines");
    }

    /** Ids behind Lombok's getters, on the class or on the field, for a link table and an association's. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void idsBehindLombokGettersFillTables(boolean relateFirst) {
        Compilation compilation = compile(relateFirst, POST, TAG, SLOT);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.PostTagTable").contentsAsUtf8String()
                .contains("return post.getId();");
        assertThat(compilation).generatedSourceFile("test.PostTagTable").contentsAsUtf8String()
                .contains("return tag.getId();");
        assertThat(compilation).generatedSourceFile("test.SlotsTable").contentsAsUtf8String()
                .contains("return tag.getId();");
    }

    /** Both orders write the same files, byte for byte. */
    @ParameterizedTest
    @ValueSource(strings = {"bookings", "ids"})
    void bothOrdersWriteTheSameFiles(String model) throws IOException {
        JavaFileObject[] sources = model.equals("ids") ? new JavaFileObject[] {POST, TAG, SLOT}
                : new JavaFileObject[] {VENUE, ACT, BOOKING};
        Map<String, String> relateFirst = sourcesOf(compile(true, sources));

        assertThat(relateFirst).isNotEmpty();
        assertThat(sourcesOf(compile(false, sources))).isEqualTo(relateFirst);
    }

    static JavaFileObject source(String name, String text) {
        return JavaFileObjects.forSourceString("test." + name, text);
    }

    private static Map<String, String> sourcesOf(Compilation compilation) throws IOException {
        assertThat(compilation).succeeded();
        Map<String, String> sources = new HashMap<>();
        for (JavaFileObject file : compilation.generatedSourceFiles()) {
            sources.put(file.getName(), file.getCharContent(true).toString());
        }
        return sources;
    }

    static Compilation compile(boolean relateFirst, JavaFileObject... sources) {
        Processor relate = new RelateProcessor();
        Processor lombok = TestProcessors.lombok();
        return Compiler.javac()
                .withProcessors(relateFirst ? List.of(relate, new RelateClaims(), lombok)
                        : List.of(lombok, relate, new RelateClaims()))
                .withOptions(new ArrayList<>(List.of("-Xlint:all", "-Xlint:-processing")))
                .compile(sources);
    }
}
