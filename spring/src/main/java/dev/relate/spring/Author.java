package dev.relate.spring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.util.ArrayList;
import java.util.List;

/**
 * The "one" side of {@link Post#getAuthor()}, and the inverse side of a one-to-one with
 * {@link Profile}. Field access: Hibernate never calls these methods, so all of them may delegate.
 */
@Entity
public class Author {
    @Id
    @GeneratedValue
    private Long id;

    private String name;

    @OneToMany(mappedBy = "author")
    private List<Post> posts = new ArrayList<>();

    /*
     * Orphan removal deletes the profile an author no longer has before the new one is inserted:
     * without it the old row would keep author_id until after the insert, against the unique key.
     */
    @OneToOne(mappedBy = "author", cascade = CascadeType.ALL, orphanRemoval = true)
    private Profile profile;

    /** For JPA. */
    protected Author() {
    }

    public Author(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** A live view: adding a post here sets its author, removing it clears its author. */
    public List<Post> getPosts() {
        return AuthorRelations.posts(this);
    }

    /** Takes the post from its previous author, if any. */
    public void addPost(Post post) {
        AuthorRelations.addToPosts(this, post);
    }

    public void removePost(Post post) {
        AuthorRelations.removeFromPosts(this, post);
    }

    public Profile getProfile() {
        return profile;
    }

    /** Gives this author {@code profile}: the profile it had, if any, is left without an author. */
    public void setProfile(Profile profile) {
        AuthorRelations.setProfile(this, profile);
    }

    @Override
    public String toString() {
        return "Author(" + id + ", " + name + ")";
    }
}
