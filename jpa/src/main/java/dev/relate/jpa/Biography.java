package dev.relate.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** The owning side of a one-to-one: its table holds the foreign key to {@link Author}. */
@Entity
@Table(name = "biography")
public class Biography {
    @Id
    @GeneratedValue
    private Long id;

    private String text;

    @OneToOne
    @JoinColumn(name = "author_id", unique = true)
    private Author author;

    /** For JPA. */
    protected Biography() {
    }

    public Biography(String text) {
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Author getAuthor() {
        return author;
    }

    public void setAuthor(Author author) {
        this.author = author;
    }

    @Override
    public String toString() {
        return "Biography(" + id + ")";
    }
}
