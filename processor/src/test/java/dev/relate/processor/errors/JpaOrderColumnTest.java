package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.errors.ErrorTesting.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * JPA's {@code @OrderColumn}: beside relate's {@code @ManyToManyRel}, whose table relate writes, it
 * is that end's order column; on a mapping relate writes no table for, it is the JPA provider's, and
 * relate says nothing about it.
 */
class JpaOrderColumnTest {
    private static final List<String> CLEAN = List.of("-Xlint:all", "-Xlint:-processing", "-Werror");

    @Test
    void anOrderColumnBesideRelatesAnnotationIsThatEndsColumn() {
        // Book.authors ("authors" before "books") is the left end
        Result result = compile(book(
                "    @ManyToMany @ManyToManyRel(backPopulates = \"books\")",
                "    @JoinTable(name = \"book_author\", joinColumns = @JoinColumn(name = \"book_id\"),",
                "            inverseJoinColumns = @JoinColumn(name = \"author_id\"))",
                "    @OrderColumn(name = \"author_order\")"), author("@ManyToManyRel(backPopulates = \"authors\")"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("LEFT_ORDER_COLUMN = \"author_order\"");
        assertThat(table).doesNotContain("RIGHT_ORDER_COLUMN");
        assertThat(table).contains("+ \"author_order INTEGER, \"");
    }

    @Test
    void anOrderColumnWithoutANameIsJpasDefaultAndTheOtherEndsOwnIsKept() {
        Result result = compile(book(
                "    @ManyToMany @ManyToManyRel(backPopulates = \"books\")",
                "    @JoinTable(name = \"book_author\")",
                "    @OrderColumn"),
                author("@ManyToManyRel(backPopulates = \"authors\", orderColumn = \"book_order\")"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String table = generated(result, "test.jpa.BookAuthorTable");
        assertThat(table).contains("LEFT_ORDER_COLUMN = \"authors_ORDER\"");
        assertThat(table).contains("RIGHT_ORDER_COLUMN = \"book_order\"");
    }

    @Test
    void relatesOwnOrderColumnComesBeforeJpas() {
        Result result = compile(book(
                "    @ManyToMany @ManyToManyRel(backPopulates = \"books\", orderColumn = \"mine\")",
                "    @JoinTable(name = \"book_author\")",
                "    @OrderColumn(name = \"jpas\")"), author("@ManyToManyRel(backPopulates = \"authors\")"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(generated(result, "test.jpa.BookAuthorTable")).contains("LEFT_ORDER_COLUMN = \"mine\"");
    }

    @Test
    void anOrderColumnOfAManyToManyLeftToJpaIsLeftAlone() {
        Result result = compile(book(
                "    @ManyToMany",
                "    @JoinTable(name = \"book_author\")",
                "    @OrderColumn(name = \"author_order\")"), author(""));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.AuthorRelations", "test.jpa.BookRelations");
    }

    @Test
    void anOrderColumnOfAOneToManyWithMappedByIsLeftToJpa() {
        Result result = compile(
                JavaFileObjects.forSourceLines("test.jpa.Shelf", "package test.jpa;",
                        "import jakarta.persistence.*;", "import java.util.*;",
                        "@Entity public class Shelf {",
                        "    @Id Long id;",
                        "    @OneToMany(mappedBy = \"shelf\") @OrderColumn(name = \"slot\")",
                        "    List<Volume> volumes = new ArrayList<>();",
                        "}"),
                JavaFileObjects.forSourceLines("test.jpa.Volume", "package test.jpa;",
                        "import jakarta.persistence.*;",
                        "@Entity public class Volume {",
                        "    @Id Long id;",
                        "    @ManyToOne Shelf shelf;",
                        "}"));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.jpa.ShelfRelations", "test.jpa.VolumeRelations");
    }

    private static JavaFileObject book(String... annotations) {
        List<String> lines = new ArrayList<>(List.of("package test.jpa;", "import jakarta.persistence.*;",
                "import dev.relate.*;", "import java.util.*;", "@Entity public class Book {", "    @Id Long id;"));
        lines.addAll(List.of(annotations));
        lines.add("    List<Author> authors = new ArrayList<>();");
        lines.add("}");
        return JavaFileObjects.forSourceLines("test.jpa.Book", lines.toArray(new String[0]));
    }

    private static JavaFileObject author(String relate) {
        return JavaFileObjects.forSourceLines("test.jpa.Author", "package test.jpa;",
                "import jakarta.persistence.*;", "import dev.relate.*;", "import java.util.*;",
                "@Entity public class Author {",
                "    @Id Long id;",
                "    @ManyToMany(mappedBy = \"authors\") " + relate,
                "    List<Book> books = new ArrayList<>();",
                "}");
    }

    private static Result compile(JavaFileObject... sources) {
        List<JavaFileObject> all = new ArrayList<>(JpaAnnotations.sources("jakarta"));
        all.addAll(List.of(sources));
        return ErrorTesting.compile(CLEAN, all);
    }

    private static String generated(Result result, String name) {
        JavaFileObject file = result.compilation().generatedSourceFile(name).orElse(null);
        assertWithMessage("generated %s", name).that(file).isNotNull();
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
