package dev.relate.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;

/** The owning side of a one-to-one: its table holds the foreign key to {@link Author}. */
@Entity
public class Profile {
    @Id
    @GeneratedValue
    private Long id;

    private String bio;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", unique = true)
    private Author author;

    /** For JPA. */
    protected Profile() {
    }

    public Profile(String bio) {
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public String getBio() {
        return bio;
    }

    public Author getAuthor() {
        return author;
    }

    /** The author's previous profile, if any, loses its author. */
    public void setAuthor(Author author) {
        ProfileRelations.setAuthor(this, author);
    }

    @Override
    public String toString() {
        return "Profile(" + id + ")";
    }
}
