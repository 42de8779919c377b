package dev.relate.spring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entity in the middle: the "many" side of {@link Author#getPosts()}, the "one" side of
 * {@link Comment#getPost()}, and the owning side of a many-to-many with {@link Tag}. Every method that
 * changes a relationship delegates to the generated {@code PostRelations}.
 */
@Entity
public class Post {
    @Id
    @GeneratedValue
    private Long id;

    private String title;

    /** Lazy: a post loaded alone holds a Hibernate proxy of its author. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id")
    private Author author;

    @OneToMany(mappedBy = "post", cascade = {CascadeType.PERSIST, CascadeType.MERGE})
    private List<Comment> comments = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "post_tag",
            joinColumns = @JoinColumn(name = "post_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    /** For JPA. */
    protected Post() {
    }

    public Post(String title) {
        this.title = title;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Author getAuthor() {
        return author;
    }

    /** Moves the post to {@code author}: it leaves its previous author's posts and joins the new one's. */
    public void setAuthor(Author author) {
        PostRelations.setAuthor(this, author);
    }

    /** A live view: adding a comment here sets its post, removing it clears its post. */
    public List<Comment> getComments() {
        return PostRelations.comments(this);
    }

    /** Replaces the comments: those that left lose their post, those that came in leave their old one. */
    public void setComments(List<Comment> comments) {
        PostRelations.setComments(this, comments);
    }

    public void addComment(Comment comment) {
        PostRelations.addToComments(this, comment);
    }

    public void removeComment(Comment comment) {
        PostRelations.removeFromComments(this, comment);
    }

    /** A live view: each tag's posts follow. */
    public Set<Tag> getTags() {
        return PostRelations.tags(this);
    }

    public void setTags(Set<Tag> tags) {
        PostRelations.setTags(this, tags);
    }

    public void addTag(Tag tag) {
        PostRelations.addToTags(this, tag);
    }

    public void removeTag(Tag tag) {
        PostRelations.removeFromTags(this, tag);
    }

    @Override
    public String toString() {
        return "Post(" + id + ", " + title + ")";
    }
}
