package dev.relate.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The owning side of {@link Post#getComments()}: its table holds the post's id. */
@Entity
public class Comment {
    @Id
    @GeneratedValue
    private Long id;

    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    /** For JPA. */
    protected Comment() {
    }

    public Comment(String text) {
        this.text = text;
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public Post getPost() {
        return post;
    }

    /** Moves the comment to {@code post}: it leaves its previous post's comments and joins the new one's. */
    public void setPost(Post post) {
        CommentRelations.setPost(this, post);
    }

    @Override
    public String toString() {
        return "Comment(" + id + ", " + text + ")";
    }
}
