package dev.relate.benchmarks.arraylist;

import java.util.List;
import dev.relate.benchmarks.Pollution;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Many-to-many on {@code ArrayList}s: {@code Author.books} and {@code Book.authors}. An author holding
 * {@code size} books gains a book (which has one other author) and loses it on the next call: by the
 * hand-written {@code addBook}/{@code removeBook}, by the generated {@code addToBooks}/
 * {@code removeFromBooks}, and through the live view.
 *
 * <p>The hand-written {@code addBook} appends without asking whether the book is there already; relate
 * keeps each object once, so it asks first, searching the smaller of the two lists (here the book's).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ManyToManyBenchmark {
    @Param({"10", "1000", "100000"})
    int size;

    /**
     * {@code true} runs every generated and every hand-written helper of every model first
     * ({@link Pollution}), so that both are compiled as in an application with many relationships.
     */
    @Param({"false"})
    boolean polluted;

    Author author;
    Book book;
    boolean linked;

    @Setup
    public void setUp() {
        if (polluted) {
            Pollution.run();
        }
        author = new Author(0);
        for (int i = 0; i < size; i++) {
            Book other = new Book(i + 1);
            author.books.add(other);
            other.authors.add(author);
        }
        Author coauthor = new Author(1);
        book = new Book(0);
        coauthor.books.add(book);
        book.authors.add(coauthor);
        linked = false;
    }

    @Benchmark
    public Book addRemove_hand() {
        linked = !linked;
        if (linked) {
            author.addBook(book);
        } else {
            author.removeBook(book);
        }
        return book;
    }

    @Benchmark
    public boolean addRemove_generated() {
        linked = !linked;
        return linked ? AuthorRelations.addToBooks(author, book) : AuthorRelations.removeFromBooks(author, book);
    }

    @Benchmark
    public boolean addRemove_view() {
        linked = !linked;
        List<Book> books = AuthorRelations.books(author);
        return linked ? books.add(book) : books.remove(book);
    }
}
