package dev.relate.jpa;

import static com.google.common.truth.Truth.assertWithMessage;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every entity of a test's graph, with two ways to look at it: its edges by ids, read from both ends
 * (equal before and after a round trip through the database), and a check that both ends agree
 * object by object.
 */
record Graph(List<Publisher> publishers, List<Book> books, List<Author> authors, List<Biography> biographies,
        List<Reader> readers, List<Review> reviews) {

    /** Every entity in the persistence context's database, loaded through {@code em}. */
    static Graph load(EntityManager em) {
        return new Graph(all(em, Publisher.class), all(em, Book.class), all(em, Author.class),
                all(em, Biography.class), all(em, Reader.class), all(em, Review.class));
    }

    private static <T> List<T> all(EntityManager em, Class<T> type) {
        return em.createQuery("select e from " + type.getSimpleName() + " e order by e.id", type).getResultList();
    }

    /** Every edge, as seen from each of its ends, by ids; sorted, so collection order does not count. */
    List<String> edges() {
        List<String> edges = new ArrayList<>();
        for (Publisher publisher : publishers) {
            for (Book book : publisher.getBooks()) {
                edges.add("publisher " + publisher.getId() + " lists book " + book.getId());
            }
        }
        for (Book book : books) {
            if (book.getPublisher() != null) {
                edges.add("book " + book.getId() + " has publisher " + book.getPublisher().getId());
            }
            for (Author author : book.getAuthors()) {
                edges.add("book " + book.getId() + " has author " + author.getId());
            }
            for (Review review : book.getReviews()) {
                edges.add("book " + book.getId() + " has review " + review.getId());
            }
        }
        for (Author author : authors) {
            for (Book book : author.getBooks()) {
                edges.add("author " + author.getId() + " wrote book " + book.getId());
            }
            if (author.getBiography() != null) {
                edges.add("author " + author.getId() + " has biography " + author.getBiography().getId());
            }
        }
        for (Biography biography : biographies) {
            if (biography.getAuthor() != null) {
                edges.add("biography " + biography.getId() + " is of author " + biography.getAuthor().getId());
            }
        }
        for (Reader reader : readers) {
            for (Review review : reader.getReviews()) {
                edges.add("reader " + reader.getId() + " wrote review " + review.getId());
            }
        }
        for (Review review : reviews) {
            edges.add("review " + review.getId() + " by reader " + review.getReader().getId() + " of book "
                    + review.getBook().getId() + ": " + review.getStars() + " stars, " + review.getComment());
        }
        edges.sort(null);
        return edges;
    }

    /** Both ends of every relationship agree, object by object (by identity, as relate links them). */
    void assertConsistent() {
        for (Publisher publisher : publishers) {
            for (Book book : publisher.getBooks()) {
                assertWithMessage("%s lists %s, whose publisher is", publisher, book)
                        .that(book.getPublisher()).isSameInstanceAs(publisher);
            }
        }
        for (Book book : books) {
            if (book.getPublisher() != null) {
                assertContainsSame(book.getPublisher().getBooks(), book, book.getPublisher() + ".books");
            }
            for (Author author : book.getAuthors()) {
                assertContainsSame(author.getBooks(), book, author + ".books");
            }
            for (Review review : book.getReviews()) {
                assertWithMessage("%s lists %s, whose book is", book, review)
                        .that(review.getBook()).isSameInstanceAs(book);
            }
        }
        for (Author author : authors) {
            for (Book book : author.getBooks()) {
                assertContainsSame(book.getAuthors(), author, book + ".authors");
            }
            if (author.getBiography() != null) {
                assertWithMessage("%s has %s, whose author is", author, author.getBiography())
                        .that(author.getBiography().getAuthor()).isSameInstanceAs(author);
            }
        }
        for (Biography biography : biographies) {
            if (biography.getAuthor() != null) {
                assertWithMessage("%s is of %s, whose biography is", biography, biography.getAuthor())
                        .that(biography.getAuthor().getBiography()).isSameInstanceAs(biography);
            }
        }
        for (Reader reader : readers) {
            for (Review review : reader.getReviews()) {
                assertWithMessage("%s lists %s, whose reader is", reader, review)
                        .that(review.getReader()).isSameInstanceAs(reader);
            }
        }
        for (Review review : reviews) {
            if (review.getReader() != null) {
                assertContainsSame(review.getReader().getReviews(), review, review.getReader() + ".reviews");
            }
            if (review.getBook() != null) {
                assertContainsSame(review.getBook().getReviews(), review, review.getBook() + ".reviews");
            }
        }
    }

    private static void assertContainsSame(Collection<?> collection, Object element, String what) {
        int count = 0;
        for (Object member : collection) {
            if (member == element) {
                count++;
            }
        }
        assertWithMessage("times %s holds %s", what, element).that(count).isEqualTo(1);
    }
}
