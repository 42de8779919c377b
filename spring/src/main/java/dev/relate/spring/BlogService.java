package dev.relate.spring;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's use cases. Each changes relationships through the entities' own methods only,
 * never both ends by hand: relate's helpers behind those methods keep the other end in sync, so
 * what is in memory agrees with what Hibernate will store.
 */
@Service
@Transactional
public class BlogService {
    private final AuthorRepository authors;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final TagRepository tags;

    public BlogService(AuthorRepository authors, PostRepository posts, CommentRepository comments,
            TagRepository tags) {
        this.authors = authors;
        this.posts = posts;
        this.comments = comments;
        this.tags = tags;
    }

    /** A new post by an author, with tags found by name or created. */
    public Post publish(long authorId, String title, String... tagNames) {
        // saved before it is linked: see linkingBeforeSavingLosesTheLinkAtAFlush in the tests
        Post post = posts.save(new Post(title));
        post.setAuthor(authors.getReferenceById(authorId));   // a lazy reference to the author
        for (String name : tagNames) {
            post.addTag(tag(name));
        }
        return post;
    }

    /** A new comment on a post, added through a lazy reference to it. */
    public Comment comment(long postId, String text) {
        Comment comment = comments.save(new Comment(text));
        posts.getReferenceById(postId).addComment(comment);
        return comment;
    }

    /** Moves a comment to another post: one call, both posts' comments follow. */
    public void moveComment(long commentId, long toPostId) {
        comments.findById(commentId).orElseThrow().setPost(posts.getReferenceById(toPostId));
    }

    /** Deletes a comment, taking it out of its post's comments first. */
    public void deleteComment(long commentId) {
        Comment comment = comments.findById(commentId).orElseThrow();
        Post post = comment.getPost();
        if (post != null) {
            post.removeComment(comment);
        }
        comments.delete(comment);
    }

    /** Replaces a post's tags: tags that left lose the post, new ones gain it. */
    public void retag(long postId, String... tagNames) {
        Set<Tag> replacement = new LinkedHashSet<>();
        for (String name : tagNames) {
            replacement.add(tag(name));
        }
        posts.findById(postId).orElseThrow().setTags(replacement);
    }

    /** Tags a post from the tag's side, the side JPA does not store: relate sets the post's side too. */
    public void tagFromTag(String tagName, long postId) {
        tag(tagName).addPost(posts.getReferenceById(postId));
    }

    public void untag(long postId, String tagName) {
        tags.findByName(tagName).ifPresent(posts.findById(postId).orElseThrow()::removeTag);
    }

    /** Moves a post to another author from the new author's side. */
    public void transfer(long postId, long toAuthorId) {
        authors.getReferenceById(toAuthorId).addPost(posts.findById(postId).orElseThrow());
    }

    /** Gives an author a new profile; the old one, if any, loses its author and is deleted (orphan removal). */
    public Profile writeProfile(long authorId, String bio) {
        Profile profile = new Profile(bio);
        authors.findById(authorId).orElseThrow().setProfile(profile);   // cascaded from the author
        return profile;
    }

    private Tag tag(String name) {
        return tags.findByName(name).orElseGet(() -> tags.save(new Tag(name)));
    }
}
