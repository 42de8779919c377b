package dev.relate.jpa;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What relate's helpers link, Hibernate stores: persisting the graph, clearing the persistence
 * context and loading every entity again gives the same edges, read from both ends by id.
 */
class RoundTripTest {
    private Database database;

    @BeforeEach
    void open() {
        database = new Database("round_trip");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void persistingClearingAndReloadingGivesTheSameGraph() {
        List<String> stored = database.fromTransaction(em -> {
            Library library = new Library();
            library.persist(em);
            em.flush();
            em.clear();
            // the objects built in memory, now with their generated ids
            return library.graph().edges();
        });

        List<String> reloaded = database.fromTransaction(em -> {
            Graph graph = Graph.load(em);
            graph.assertConsistent();
            return graph.edges();
        });

        assertThat(reloaded).containsExactlyElementsIn(stored).inOrder();
        assertThat(stored).contains("review 1 by reader 1 of book 1: 5 stars, a classic");
        assertThat(stored).hasSize(2 * (3 + 4 + 1) + 2 * 3 + 3);
    }

    /**
     * Each owning side of a JPA relationship is what Hibernate writes: a link made from the inverse
     * ({@code mappedBy}) end alone would be lost. relate sets the owning side whichever end the code
     * changes, so both ends reload as they were.
     */
    @Test
    void linksMadeFromTheInverseEndAreStored() {
        Library library = new Library();
        database.inTransaction(library::persist);
        assertThat(library.austen.getBooks()).contains(library.emma);

        database.inTransaction(em -> {
            Author austen = em.find(Author.class, library.austen.getId());
            Book dune = em.find(Book.class, library.dune.getId());
            Publisher faber = em.find(Publisher.class, library.faber.getId());
            AuthorRelations.addToBooks(austen, dune);                 // Author.books is mappedBy
            PublisherRelations.books(faber).add(dune);                // Publisher.books is mappedBy
            Biography austensLife = new Biography("Born in Steventon.");
            em.persist(austensLife);
            AuthorRelations.setBiography(austen, austensLife);       // Author.biography is mappedBy
        });

        database.inTransaction(em -> {
            Graph graph = Graph.load(em);
            graph.assertConsistent();
            Book dune = em.find(Book.class, library.dune.getId());
            assertThat(ids(dune.getAuthors())).containsExactly(library.herbert.getId(), library.austen.getId());
            assertThat(dune.getPublisher().getId()).isEqualTo(library.faber.getId());
            Author austen = em.find(Author.class, library.austen.getId());
            assertThat(austen.getBiography()).isNotNull();
            assertThat(austen.getBiography().getText()).isEqualTo("Born in Steventon.");
        });
    }

    /** relate's table class for {@code secondary = "book_author"} describes the table Hibernate maps with @JoinTable. */
    @Test
    void theTableClassNamesHibernatesJoinTable() {
        Library library = new Library();
        database.inTransaction(library::persist);

        List<String> rows = database.fromTransaction(em -> {
            List<String> found = new ArrayList<>();
            String sql = "select " + BookAuthorTable.LEFT_COLUMN + ", " + BookAuthorTable.RIGHT_COLUMN + " from "
                    + BookAuthorTable.NAME + " order by 1, 2";
            for (Object row : em.createNativeQuery(sql, Object[].class).getResultList()) {
                Object[] columns = (Object[]) row;
                found.add(columns[0] + "-" + columns[1]);
            }
            return found;
        });

        List<String> expected = new ArrayList<>();
        for (Book book : library.graph().books()) {
            for (Author author : book.getAuthors()) {
                expected.add(BookAuthorTable.leftId(book) + "-" + BookAuthorTable.rightId(author));
            }
        }
        assertThat(rows).containsExactlyElementsIn(expected);
        assertThat(BookAuthorTable.leftEntity()).isEqualTo(Book.class);
    }

    static List<Long> idsOfBooks(Iterable<Book> books) {
        List<Long> ids = new ArrayList<>();
        for (Book book : books) {
            ids.add(book.getId());
        }
        return ids;
    }

    static List<Long> ids(Iterable<? extends Object> entities) {
        List<Long> ids = new ArrayList<>();
        for (Object entity : entities) {
            if (entity instanceof Book book) {
                ids.add(book.getId());
            } else if (entity instanceof Author author) {
                ids.add(author.getId());
            } else if (entity instanceof Review review) {
                ids.add(review.getId());
            } else {
                throw new IllegalArgumentException(String.valueOf(entity));
            }
        }
        return ids;
    }
}
