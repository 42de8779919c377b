package dev.relate.jpa;

import dev.relate.ManyToManyRel;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity in the middle: the "many" side of {@link Publisher#getBooks()}, the owning side of a
 * many-to-many with {@link Author}, and the right end of the {@link Review} association entity.
 */
@Entity
@Table(name = "book")
public class Book {
    @Id
    @GeneratedValue
    private Long id;

    private String title;

    /** Lazy: a book loaded alone holds a Hibernate proxy of its publisher. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id")
    private Publisher publisher;

    /*
     * The owning side of the many-to-many. JPA's mapping alone would give the helpers; relate's
     * annotation beside it asks for the table class BookAuthorTable too, whose name and columns
     * relate takes from @JoinTable (book_id holds Book ids whichever end relate calls left).
     */
    @ManyToMany
    @JoinTable(name = "book_author",
            joinColumns = @JoinColumn(name = "book_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @ManyToManyRel(backPopulates = "books")
    private Set<Author> authors = new LinkedHashSet<>();

    @OneToMany(mappedBy = "book")
    private List<Review> reviews = new ArrayList<>();

    /** For JPA. */
    protected Book() {
    }

    public Book(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Publisher getPublisher() {
        return publisher;
    }

    public void setPublisher(Publisher publisher) {
        this.publisher = publisher;
    }

    public Set<Author> getAuthors() {
        return authors;
    }

    public void setAuthors(Set<Author> authors) {
        this.authors = authors;
    }

    public List<Review> getReviews() {
        return reviews;
    }

    public void setReviews(List<Review> reviews) {
        this.reviews = reviews;
    }

    @Override
    public String toString() {
        return "Book(" + id + ", " + title + ")";
    }
}
