package dev.relate.spring;

import static com.google.common.collect.Iterables.getOnlyElement;
import static com.google.common.truth.Truth.assertThat;

import java.util.Collection;
import java.util.List;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/**
 * The service's use cases on Spring Data JPA and H2, each test in one transaction that is rolled
 * back: what the entities' own methods did is checked in memory before anything is flushed, then in
 * the rows, then in the graph reloaded through the repositories after the persistence context is
 * cleared.
 */
@DataJpaTest(showSql = false)
@Import(BlogService.class)
class BlogServiceTest {
    @Autowired
    private BlogService blog;
    @Autowired
    private AuthorRepository authors;
    @Autowired
    private PostRepository posts;
    @Autowired
    private CommentRepository comments;
    @Autowired
    private TagRepository tags;
    @Autowired
    private TestEntityManager em;

    private long ann;
    private long bob;

    @BeforeEach
    void twoAuthors() {
        ann = authors.save(new Author("ann")).getId();
        bob = authors.save(new Author("bob")).getId();
        reload();
    }

    @Test
    void aPublishedPostIsInItsAuthorsPostsAndItsTagsPostsBeforeAnyFlush() {
        Post post = blog.publish(ann, "hello", "java", "jpa");

        Author author = post.getAuthor();
        assertThat(Hibernate.isInitialized(author)).isTrue();          // relate reached the entity
        assertThat(author.getPosts()).containsExactly(post);
        assertThat(names(post.getTags())).containsExactly("java", "jpa").inOrder();
        for (Tag tag : post.getTags()) {
            assertThat(tag.getPosts()).containsExactly(post);
        }

        reload();
        assertThat(rows("select title, author_id from post")).containsExactly("hello:" + ann);
        assertThat(tagRows()).containsExactly(post.getId() + ":java", post.getId() + ":jpa");
        Author loaded = authors.findById(ann).orElseThrow();
        Post reloaded = getOnlyElement(loaded.getPosts());
        assertThat(reloaded.getId()).isEqualTo(post.getId());
        assertThat(reloaded.getAuthor()).isSameInstanceAs(loaded);
        assertThat(names(reloaded.getTags())).containsExactly("java", "jpa");
        assertThat(tags.findByName("java").orElseThrow().getPosts()).containsExactly(reloaded);
    }

    @Test
    void aCommentAddedThroughALazyPostIsStored() {
        long postId = blog.publish(ann, "hello").getId();
        reload();

        Comment comment = blog.comment(postId, "first");

        assertThat(comment.getPost().getId()).isEqualTo(postId);
        assertThat(comment.getPost().getComments()).containsExactly(comment);
        reload();
        assertThat(rows("select text, post_id from comment")).containsExactly("first:" + postId);
        Post post = posts.findById(postId).orElseThrow();
        Comment loaded = getOnlyElement(post.getComments());
        assertThat(loaded.getText()).isEqualTo("first");
        assertThat(loaded.getPost()).isSameInstanceAs(post);
    }

    @Test
    void movingACommentThroughLazyProxiesUpdatesBothPostsAndTheRow() {
        long from = blog.publish(ann, "from").getId();
        long to = blog.publish(ann, "to").getId();
        blog.comment(from, "moved");
        blog.comment(from, "stays");
        reload();
        Comment comment = comments.findAll().stream()
                .filter(c -> c.getText().equals("moved")).findFirst().orElseThrow();
        Post old = comment.getPost();
        assertThat(Hibernate.isInitialized(old)).isFalse();              // a lazy proxy

        blog.moveComment(comment.getId(), to);

        Post target = comment.getPost();
        assertThat(target.getId()).isEqualTo(to);
        assertThat(target.getComments()).containsExactly(comment);
        assertThat(texts(old.getComments())).containsExactly("stays");
        reload();
        assertThat(rows("select text, post_id from comment order by text"))
                .containsExactly("moved:" + to, "stays:" + from).inOrder();
        assertThat(texts(posts.findById(from).orElseThrow().getComments())).containsExactly("stays");
        assertThat(texts(posts.findById(to).orElseThrow().getComments())).containsExactly("moved");
    }

    @Test
    void aDeletedCommentLeavesItsPostsComments() {
        long postId = blog.publish(ann, "hello").getId();
        blog.comment(postId, "spam");
        blog.comment(postId, "kind");
        reload();
        Post post = posts.findById(postId).orElseThrow();
        Comment spam = post.getComments().get(0);

        blog.deleteComment(spam.getId());

        assertThat(texts(post.getComments())).containsExactly("kind");
        assertThat(spam.getPost()).isNull();
        reload();        // the post's comments no longer cascade a persist to the deleted comment
        assertThat(rows("select text, post_id from comment")).containsExactly("kind:" + postId);
    }

    @Test
    void replacingATagSetUnlinksWhatLeftAndLinksWhatCameIn() {
        long postId = blog.publish(ann, "hello", "java", "jpa").getId();
        reload();

        blog.retag(postId, "jpa", "spring");

        Post post = posts.findById(postId).orElseThrow();
        assertThat(names(post.getTags())).containsExactly("jpa", "spring");  // Hibernate's set: no order
        assertThat(tags.findByName("java").orElseThrow().getPosts()).isEmpty();
        assertThat(tags.findByName("spring").orElseThrow().getPosts()).containsExactly(post);
        reload();
        assertThat(tagRows()).containsExactly(postId + ":jpa", postId + ":spring");
    }

    @Test
    void aLinkMadeFromTheMappedBySideIsStored() {
        long postId = blog.publish(ann, "hello").getId();
        reload();

        blog.tagFromTag("java", postId);     // Tag.posts is mappedBy: JPA ignores changes to it alone

        assertThat(names(posts.findById(postId).orElseThrow().getTags())).containsExactly("java");
        reload();
        assertThat(tagRows()).containsExactly(postId + ":java");
    }

    @Test
    void removingATagRemovesTheRowAndTheTagsPost() {
        long postId = blog.publish(ann, "hello", "java", "jpa").getId();
        reload();

        blog.untag(postId, "java");

        assertThat(tags.findByName("java").orElseThrow().getPosts()).isEmpty();
        reload();
        assertThat(tagRows()).containsExactly(postId + ":jpa");
    }

    @Test
    void aPostAddedToAnotherAuthorLeavesItsFirstAuthor() {
        long postId = blog.publish(ann, "hello").getId();
        reload();
        Author first = authors.findById(ann).orElseThrow();
        Post post = getOnlyElement(first.getPosts());

        blog.transfer(postId, bob);          // through a lazy reference to bob

        assertThat(first.getPosts()).isEmpty();
        assertThat(post.getAuthor().getId()).isEqualTo(bob);
        assertThat(post.getAuthor().getPosts()).containsExactly(post);
        reload();
        assertThat(rows("select title, author_id from post")).containsExactly("hello:" + bob);
        assertThat(authors.findById(ann).orElseThrow().getPosts()).isEmpty();
        assertThat(authors.findById(bob).orElseThrow().getPosts()).hasSize(1);
    }

    @Test
    void aNewProfileTakesTheAuthorFromTheOldOne() {
        blog.writeProfile(ann, "v1");
        reload();
        Author author = authors.findById(ann).orElseThrow();
        Profile old = author.getProfile();
        assertThat(old.getAuthor()).isSameInstanceAs(author);

        Profile replacement = blog.writeProfile(ann, "v2");

        assertThat(author.getProfile()).isSameInstanceAs(replacement);
        assertThat(replacement.getAuthor()).isSameInstanceAs(author);
        assertThat(old.getAuthor()).isNull();
        reload();
        assertThat(rows("select bio, author_id from profile")).containsExactly("v2:" + ann);
        assertThat(authors.findById(ann).orElseThrow().getProfile().getBio()).isEqualTo("v2");
    }

    @Test
    void readingTheGraphThroughTheDelegatingGettersWritesNothing() {
        long postId = blog.publish(ann, "hello", "java").getId();
        blog.comment(postId, "first");
        reload();
        var statistics = em.getEntityManager().getEntityManagerFactory()
                .unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();

        for (Post post : authors.findById(ann).orElseThrow().getPosts()) {
            assertThat(post.getComments()).hasSize(1);
            assertThat(post.getTags()).hasSize(1);
        }
        em.flush();

        assertThat(statistics.getEntityUpdateCount()).isEqualTo(0);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(0);
        assertThat(statistics.getCollectionRecreateCount()).isEqualTo(0);
        assertThat(statistics.getCollectionRemoveCount()).isEqualTo(0);
        assertThat(statistics.getCollectionUpdateCount()).isEqualTo(0);
    }

    @Test
    void theDelegatingMethodsCallOneAnotherWithoutRecursingAndTheGraphSavesAsBuilt() {
        Author author = new Author("cy");
        Post post = new Post("draft");
        Comment comment = new Comment("nice");
        Tag tag = new Tag("new");
        Profile profile = new Profile("bio");

        post.setAuthor(author);
        author.addPost(post);                            // already there: changes nothing
        post.setAuthor(author);
        post.addComment(comment);
        comment.setPost(post);
        post.setComments(post.getComments());            // the getter's own live view
        post.setComments(List.of(comment));
        post.addTag(tag);
        tag.addPost(post);
        post.setTags(post.getTags());
        author.getPosts().remove(post);                  // the getter's live view
        assertThat(post.getAuthor()).isNull();
        author.getPosts().add(post);
        assertThat(post.getAuthor()).isSameInstanceAs(author);
        author.setProfile(profile);
        profile.setAuthor(author);

        assertThat(author.getPosts()).containsExactly(post);
        assertThat(post.getAuthor()).isSameInstanceAs(author);
        assertThat(post.getComments()).containsExactly(comment);
        assertThat(comment.getPost()).isSameInstanceAs(post);
        assertThat(post.getTags()).containsExactly(tag);
        assertThat(tag.getPosts()).containsExactly(post);
        assertThat(author.getProfile()).isSameInstanceAs(profile);
        assertThat(profile.getAuthor()).isSameInstanceAs(author);

        tags.save(tag);
        authors.save(author);                            // cascades the profile
        posts.save(post);                                // cascades the comment
        reload();
        assertThat(rows("select title, author_id from post where title = 'draft'"))
                .containsExactly("draft:" + author.getId());
        assertThat(rows("select text, post_id from comment")).containsExactly("nice:" + post.getId());
        assertThat(rows("select bio, author_id from profile")).containsExactly("bio:" + author.getId());
        assertThat(tagRows()).containsExactly(post.getId() + ":new");
    }

    /**
     * Hibernate's, not relate's, and the reason {@link BlogService#publish} saves a post before it
     * links it: an element added to a lazy {@code mappedBy} collection that is not loaded yet is
     * queued inside Hibernate's collection instead, and a flush drops the queue. If the element was
     * not saved by then, its row does not hold the link yet, and the collection loaded afterwards
     * lacks it, although the element points at its owner (hand-written code that adds to the
     * collection meets the same).
     */
    @Test
    void linkingBeforeSavingLosesTheLinkAtAFlush() {
        Author author = authors.getReferenceById(ann);
        Post post = new Post("early");
        post.setAuthor(author);      // author.posts is not loaded: Hibernate queues the add

        em.flush();                  // as a query would (auto flush): the post is not saved yet
        posts.save(post);

        assertThat(post.getAuthor()).isSameInstanceAs(author);
        assertThat(author.getPosts()).isEmpty();         // loaded from the rows: the link is missing
        reload();                    // the post's own row holds the link, so the next load agrees
        assertThat(getOnlyElement(authors.findById(ann).orElseThrow().getPosts()).getTitle())
                .isEqualTo("early");
    }

    /** Writes what the persistence context holds and forgets it: what follows is read from the rows. */
    private void reload() {
        em.flush();
        em.clear();
    }

    /** The rows a query returns, each as its columns joined by ':'. */
    private List<String> rows(String sql) {
        em.flush();
        List<?> rows = em.getEntityManager().createNativeQuery(sql).getResultList();
        return rows.stream().map(row -> row instanceof Object[] columns
                ? String.join(":", java.util.Arrays.stream(columns).map(String::valueOf).toList())
                : String.valueOf(row)).toList();
    }

    /** The rows of the join table, as "post id:tag name". */
    private List<String> tagRows() {
        return rows("select pt.post_id, t.name from post_tag pt join tag t on t.id = pt.tag_id"
                + " order by pt.post_id, t.name");
    }

    private static List<String> names(Collection<Tag> tags) {
        return tags.stream().map(Tag::getName).toList();
    }

    private static List<String> texts(Collection<Comment> comments) {
        return comments.stream().map(Comment::getText).toList();
    }
}
