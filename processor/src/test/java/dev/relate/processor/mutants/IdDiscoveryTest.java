package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How the table of a many-to-many finds the ids of its classes and the columns its foreign keys
 * reference: a getter marked {@code @Id} names its property's column ({@code getCode()} →
 * {@code code}, a getter named {@code get()} its own name), and a method that is no getter is never
 * the id, whatever marks it.
 */
class IdDiscoveryTest {
    /** The annotations stand for JPA's, which no processor claims. */
    private static final List<String> OPTIONS = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");
    private static final JavaFileObject ID = source("test.Id", """
            package test;

            /** Stands for jakarta.persistence.Id: relate reads any annotation named Id. */
            public @interface Id {
            }
            """);

    @Test
    void anIdGetterNamesTheColumnOfItsProperty() {
        Result result = compile(OPTIONS, ID, source("test.Post", """
                package test;

                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;

                @jakarta.persistence.Table(name = "posts")
                public class Post {
                    private long key;

                    @Id
                    public long getCode() {
                        return key;
                    }

                    @ManyToManyRel(secondary = "post_tags")
                    Set<Tag> tags = new HashSet<>();
                }
                """), source("test.Tag", """
                package test;

                @jakarta.persistence.Table(name = "tags")
                public class Tag {
                    private long key;

                    @Id
                    public long get() {
                        return key;
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = result.source("test.PostTagsTable");
        assertThat(table).contains("\"FOREIGN KEY (left_id) REFERENCES posts (code), \"");
        assertThat(table).contains("\"FOREIGN KEY (right_id) REFERENCES tags (get))\"");
        assertThat(table).contains("return post.getCode();");
        assertThat(table).contains("return tag.get();");
    }

    @Test
    void aSetterMarkedIdIsNotTheId() {
        Result result = compile(OPTIONS, ID, source("test.Note", """
                package test;

                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;

                @jakarta.persistence.Table(name = "notes")
                public class Note {
                    long id;

                    @ManyToManyRel(secondary = "note_labels")
                    Set<Label> labels = new HashSet<>();
                }
                """), source("test.Label", """
                package test;

                @jakarta.persistence.Table(name = "labels")
                public class Label {
                    long id;

                    @Id
                    public void setId(long id) {
                        this.id = id;
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = result.source("test.NoteLabelsTable");
        assertThat(table).contains("\"FOREIGN KEY (right_id) REFERENCES labels (id))\"");
        assertThat(table).contains("return label.id;");
    }
}
