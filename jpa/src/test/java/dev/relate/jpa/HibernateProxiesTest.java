package dev.relate.jpa;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.LazyInitializationException;
import org.hibernate.collection.spi.PersistentCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * relate's helpers on entities that Hibernate loaded: lazy collections ({@code PersistentBag},
 * {@code PersistentSet}) and lazy proxies. The fields are private, so the generated code goes
 * through the getters and setters, which Hibernate's proxies intercept.
 */
class HibernateProxiesTest {
    private Database database;
    private Library library;

    @BeforeEach
    void open() {
        database = new Database("hibernate_proxies");
        library = new Library();
        database.inTransaction(library::persist);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void helpersWorkOnLazyCollections() {
        database.inTransaction(em -> {
            Publisher penguin = em.find(Publisher.class, library.penguin.getId());
            Publisher faber = em.find(Publisher.class, library.faber.getId());
            assertThat(penguin.getBooks()).isInstanceOf(PersistentCollection.class);
            assertThat(Hibernate.isInitialized(penguin.getBooks())).isFalse();

            Book emma = em.find(Book.class, library.emma.getId());
            PublisherRelations.books(faber).add(emma);                   // initializes both bags

            assertThat(RoundTripTest.idsOfBooks(penguin.getBooks())).containsExactly(library.dune.getId());
            assertThat(emma.getPublisher()).isSameInstanceAs(faber);
            assertThat(faber.getBooks()).isInstanceOf(PersistentCollection.class);

            Author austen = em.find(Author.class, library.austen.getId());
            AuthorRelations.setBooks(austen, List.of(emma));             // rewrites the PersistentSet in place
            assertThat(austen.getBooks()).isInstanceOf(PersistentCollection.class);
            Book omnibus = em.find(Book.class, library.omnibus.getId());
            assertThat(omnibus.getAuthors()).doesNotContain(austen);
        });

        database.inTransaction(em -> {
            Graph graph = Graph.load(em);
            graph.assertConsistent();
            Publisher faber = em.find(Publisher.class, library.faber.getId());
            assertThat(RoundTripTest.idsOfBooks(faber.getBooks()))
                    .containsExactly(library.omnibus.getId(), library.emma.getId());
            Author austen = em.find(Author.class, library.austen.getId());
            assertThat(RoundTripTest.idsOfBooks(austen.getBooks())).containsExactly(library.emma.getId());
        });
    }

    @Test
    void helpersWorkOnUninitializedProxies() {
        database.inTransaction(em -> {
            Book dune = em.find(Book.class, library.dune.getId());
            Publisher penguin = dune.getPublisher();                    // @ManyToOne(fetch = LAZY): a proxy
            assertThat(Hibernate.isInitialized(penguin)).isFalse();
            assertThat(penguin.getClass()).isNotEqualTo(Publisher.class);
            Publisher faber = em.getReference(Publisher.class, library.faber.getId());

            BookRelations.setPublisher(dune, faber);                     // both proxies, through their accessors

            assertThat(dune.getPublisher()).isSameInstanceAs(faber);
            assertThat(faber.getBooks()).contains(dune);
            assertThat(penguin.getBooks()).doesNotContain(dune);
            // the proxy and the loaded entity are one object in a persistence context
            assertThat(em.find(Publisher.class, library.faber.getId())).isSameInstanceAs(faber);
        });

        database.inTransaction(em -> {
            Graph.load(em).assertConsistent();
            Book dune = em.find(Book.class, library.dune.getId());
            assertThat(dune.getPublisher().getId()).isEqualTo(library.faber.getId());
        });
    }

    @Test
    void theAssociationEntityLinksAndUnlinksManagedEntities() {
        database.inTransaction(em -> {
            Reader bob = em.find(Reader.class, library.bob.getId());
            Book emma = em.find(Book.class, library.emma.getId());
            Review review = ReviewRelations.link(bob, emma, new Review(2, "not for me"));
            em.persist(review);

            Book dune = em.find(Book.class, library.dune.getId());
            Review old = ReviewRelations.find(bob, dune);
            ReviewRelations.unlink(old);
            em.remove(old);

            assertThat(ReaderRelations.bookOfReviews(bob)).containsExactly(emma);
            assertThat(BookRelations.readerOfReviews(dune)).doesNotContain(bob);
        });

        database.inTransaction(em -> {
            Graph graph = Graph.load(em);
            graph.assertConsistent();
            Reader bob = em.find(Reader.class, library.bob.getId());
            assertThat(ReaderRelations.bookOfReviews(bob)).hasSize(1);
            Review review = bob.getReviews().get(0);
            assertThat(review.getBook().getId()).isEqualTo(library.emma.getId());
            assertThat(review.getComment()).isEqualTo("not for me");
            assertThat(graph.reviews()).hasSize(3);
        });
    }

    /** A detached entity's uninitialized collection cannot be read, by relate or by anyone. */
    @Test
    void detachedLazyCollectionsNeedAPersistenceContext() {
        Publisher penguin = database.fromTransaction(em -> em.find(Publisher.class, library.penguin.getId()));
        Book book = new Book("Persuasion");

        assertThrows(LazyInitializationException.class, () -> PublisherRelations.addToBooks(penguin, book));
        assertThat(book.getPublisher()).isNull();
    }

    @Test
    void theEntityBehindAProxyLeavesASetThatHoldsTheProxy() {
        database.inTransaction(em -> {
            Author proxy = em.getReference(Author.class, library.austen.getId());
            Book emma = em.find(Book.class, library.emma.getId());
            assertThat(emma.getAuthors()).contains(proxy);    // the session's one object for the row
            Author austen = Hibernate.unproxy(proxy, Author.class);

            assertThat(BookRelations.removeFromAuthors(emma, austen)).isTrue();

            assertThat(emma.getAuthors()).isEmpty();
            assertThat(RoundTripTest.idsOfBooks(austen.getBooks())).containsExactly(library.omnibus.getId());
        });
        database.inTransaction(em -> {
            Graph.load(em).assertConsistent();
            assertThat(em.find(Book.class, library.emma.getId()).getAuthors()).isEmpty();
        });
    }
}
