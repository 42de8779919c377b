package dev.relate.jpa;

import dev.relate.AssociationObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An association entity with extra columns: it links a {@link Reader} (left) and a {@link Book}
 * (right) through two many-to-one ends, and carries a rating and a comment. Its id is a surrogate
 * key; relate's association object pattern sees the id like any other extra field. Its two ends are
 * JPA's {@code @ManyToOne} mappings alone, each paired with the {@code @OneToMany(mappedBy)} that names
 * it; relate's {@code @AssociationObject} is what marks the entity as an association.
 */
@Entity
@Table(name = "review")
@AssociationObject
public class Review {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reader_id")
    private Reader reader;

    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id")
    private Book book;

    private int stars;

    @Column(name = "review_comment")
    private String comment;

    /** For JPA, and for relate's {@code ReviewRelations.link(reader, book)}. */
    protected Review() {
    }

    public Review(int stars, String comment) {
        this.stars = stars;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Reader getReader() {
        return reader;
    }

    public void setReader(Reader reader) {
        this.reader = reader;
    }

    public Book getBook() {
        return book;
    }

    public void setBook(Book book) {
        this.book = book;
    }

    public int getStars() {
        return stars;
    }

    public void setStars(int stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    @Override
    public String toString() {
        return "Review(" + id + ", " + stars + ")";
    }
}
