package dev.relate.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The inverse ({@code mappedBy}) side of the many-to-many with {@link Post}. JPA stores only the
 * owning side; relate sets it too when a link is made from here, so {@link #addPost} is stored.
 */
@Entity
public class Tag {
    @Id
    @GeneratedValue
    private Long id;

    @Column(unique = true, nullable = false)
    private String name;

    @ManyToMany(mappedBy = "tags")
    private Set<Post> posts = new LinkedHashSet<>();

    /** For JPA. */
    protected Tag() {
    }

    public Tag(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** A live view: each post's tags follow. */
    public Set<Post> getPosts() {
        return TagRelations.posts(this);
    }

    public void addPost(Post post) {
        TagRelations.addToPosts(this, post);
    }

    public void removePost(Post post) {
        TagRelations.removeFromPosts(this, post);
    }

    @Override
    public String toString() {
        return "Tag(" + id + ", " + name + ")";
    }
}
