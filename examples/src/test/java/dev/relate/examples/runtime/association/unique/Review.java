package dev.relate.examples.runtime.association.unique;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An association that links each reader and book at most once, as its table's primary key does. */
@AssociationObject(table = "test_review", leftColumn = "reader_id", rightColumn = "book_id", unique = true)
public class Review {
    @ManyToOneRel(backPopulates = "reviews")
    public Reader reader;

    @ManyToOneRel(backPopulates = "reviews")
    public Book book;

    public int stars;

    public Review() {
    }

    Review(int stars) {
        this.stars = stars;
    }

    @Override
    public String toString() {
        return "review(" + stars + ")";
    }
}
