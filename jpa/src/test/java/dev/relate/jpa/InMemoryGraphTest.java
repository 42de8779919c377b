package dev.relate.jpa;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graph that relate's helpers build is consistent in memory, before Hibernate has flushed
 * anything: no bytecode enhancement, no reload, no {@code em.refresh} needed.
 */
class InMemoryGraphTest {
    private static Database database;

    @BeforeAll
    static void open() {
        database = new Database("in_memory_graph");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void helpersKeepBothEndsInSyncWithoutAPersistenceContext() {
        Library library = new Library();

        library.graph().assertConsistent();
        assertThat(library.penguin.getBooks()).containsExactly(library.dune, library.emma).inOrder();
        assertThat(library.faber.getBooks()).containsExactly(library.omnibus);
        assertThat(library.emma.getAuthors()).containsExactly(library.austen);
        assertThat(library.herbert.getBooks()).containsExactly(library.dune, library.omnibus).inOrder();
        assertThat(library.herbertsLife.getAuthor()).isSameInstanceAs(library.herbert);
        assertThat(library.dune.getReviews()).containsExactly(library.annOnDune, library.bobOnDune).inOrder();
        assertThat(ReaderRelations.bookOfReviews(library.ann)).containsExactly(library.dune, library.emma).inOrder();
        assertThat(BookRelations.readerOfReviews(library.dune)).containsExactly(library.ann, library.bob).inOrder();
        assertThat(ReviewRelations.find(library.bob, library.dune).getComment()).isEqualTo("long");
    }

    @Test
    void persistedButUnflushedEntitiesStayInSyncAsTheyChange() {
        database.inTransaction(em -> {
            Library library = new Library();
            library.persist(em);
            String writesBefore = database.writes();
            assertThat(writesBefore).startsWith("inserts 0, updates 0, deletes 0, collection updates 0, flushes 0");

            // moves and unlinks on managed, not yet flushed entities
            BookRelations.setPublisher(library.dune, library.faber);
            AuthorRelations.removeFromBooks(library.herbert, library.omnibus);
            Biography austensLife = new Biography("Born in Steventon.");
            em.persist(austensLife);
            BiographyRelations.setAuthor(library.herbertsLife, library.austen);
            ReviewRelations.unlink(library.bob, library.dune);
            em.remove(library.bobOnDune);

            Graph graph = library.graph();
            graph.assertConsistent();
            assertThat(library.penguin.getBooks()).containsExactly(library.emma);
            assertThat(library.faber.getBooks()).containsExactly(library.omnibus, library.dune).inOrder();
            assertThat(library.omnibus.getAuthors()).containsExactly(library.austen);
            assertThat(library.herbert.getBiography()).isNull();
            assertThat(library.austen.getBiography()).isSameInstanceAs(library.herbertsLife);
            assertThat(library.dune.getReviews()).containsExactly(library.annOnDune);
            assertThat(library.bob.getReviews()).isEmpty();
            assertThat(library.bobOnDune.getReader()).isNull();
            // all of it happened in memory: nothing has been sent to the database yet
            assertThat(database.writes()).isEqualTo(writesBefore);
            assertThat(em.contains(library.dune)).isTrue();
        });
    }
}
