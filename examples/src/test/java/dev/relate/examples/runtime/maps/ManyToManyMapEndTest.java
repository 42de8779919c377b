package dev.relate.examples.runtime.maps;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Map-keyed many-to-many ends ({@code @ManyToManyRel(key = ...)} on a {@code TreeMap}, the other end
 * a set): both sides keep each other in sync, a tag put under a name another tag holds unlinks that
 * one from both sides, and a tag whose name changed is still found.
 */
class ManyToManyMapEndTest {
    private final List<Post> posts = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();

    private Post post(String title) {
        Post post = new Post(title);
        posts.add(post);
        return post;
    }

    private Tag tag(String name) {
        Tag tag = new Tag(name);
        tags.add(tag);
        return tag;
    }

    @AfterEach
    void bothEndsAgree() {
        Invariants.assertManyToMany("Post.tags/Tag.posts", posts, tags,
                p -> p.tags == null ? null : new ArrayList<>(p.tags.values()), t -> t.posts);
    }

    private List<Object> snapshot() {
        List<Object> state = new ArrayList<>();
        for (Post post : posts) {
            state.add(new ArrayList<>(post.tags.entrySet()).toString());
        }
        for (Tag tag : tags) {
            state.add(new ArrayList<>(tag.posts));
        }
        return state;
    }

    @Test
    void addingFromEitherSidePutsTheTagUnderItsNameAndAddsThePostToItsSet() {
        Post first = post("first");
        Post second = post("second");
        Tag java = tag("java");
        PostRelations.addToTags(first, java);
        TagRelations.addToPosts(java, second);
        assertThat(first.tags).containsExactly("java", java);
        assertThat(second.tags).containsExactly("java", java);
        assertThat(java.posts).containsExactly(first, second).inOrder();
        assertThat(PostRelations.addToTags(first, java)).isFalse();
    }

    @Test
    void aTagPutUnderATakenNameUnlinksTheOneThereFromBothSides() {
        Post post = post("post");
        Tag java = tag("java");
        Tag other = tag("java");
        PostRelations.addToTags(post, java);
        PostRelations.tags(post).put("java", other);
        assertThat(post.tags).containsExactly("java", other);
        assertThat(java.posts).isEmpty();
        assertThat(other.posts).containsExactly(post);

        TagRelations.posts(java).add(post); // from the set side: replaces other
        assertThat(post.tags).containsExactly("java", java);
        assertThat(other.posts).isEmpty();
    }

    @Test
    void putUnderAnotherKeyThanItsNameIsRefusedAndChangesNothing() {
        Post post = post("post");
        Tag java = tag("java");
        List<Object> before = snapshot();
        assertThrows(IllegalArgumentException.class, () -> PostRelations.tags(post).put("kotlin", java));
        assertThat(snapshot()).isEqualTo(before);
        assertThrows(NullPointerException.class, () -> TagRelations.addToPosts(tag(null), post));
        assertThat(post.tags).isEmpty();
    }

    @Test
    void aTagWhoseNameChangedIsFoundFromBothSidesAndRekeyMovesIt() {
        Post post = post("post");
        Tag java = tag("java");
        Tag sql = tag("sql");
        PostRelations.setTags(post, Arrays.asList(java, sql));
        java.name = "jvm";
        assertThat(post.tags.keySet()).containsExactly("java", "sql").inOrder();
        assertThat(PostRelations.rekeyInTags(post, java)).isTrue();
        assertThat(post.tags.keySet()).containsExactly("jvm", "sql").inOrder();

        sql.name = "jvm";
        List<Object> before = snapshot();
        assertThrows(IllegalStateException.class, () -> PostRelations.rekeyInTags(post, sql));
        assertThat(snapshot()).isEqualTo(before);

        sql.name = "db";
        assertThat(TagRelations.removeFromPosts(sql, post)).isTrue(); // still under "sql", found by identity
        assertThat(post.tags).containsExactly("jvm", java);
        assertThat(sql.posts).isEmpty();

        java.name = "kotlin";
        assertThat(PostRelations.removeFromTags(post, java)).isTrue(); // the map side finds it as well
        assertThat(post.tags).isEmpty();
        assertThat(java.posts).isEmpty();
    }

    @Test
    void clearingASetWhoseTagIsUnderAnOldNameThatAnotherTagNowHoldsIsRefusedAndChangesNothing() {
        Post post = post("post");
        Tag java = tag("java");
        Tag jvm = tag("jvm");
        PostRelations.setTags(post, Arrays.asList(java, jvm));
        java.name = "jvm";
        List<Object> before = snapshot();
        assertThrows(IllegalStateException.class, () -> TagRelations.posts(java).clear());
        assertThat(snapshot()).isEqualTo(before);
        assertThrows(IllegalStateException.class, () -> TagRelations.removeFromPosts(java, post));
        assertThat(snapshot()).isEqualTo(before);
        // the map side removes it wherever it is held
        assertThat(PostRelations.removeFromTags(post, java)).isTrue();
        assertThat(post.tags).containsExactly("jvm", jvm);
    }

    @Test
    void theSortedViewsRangesUnlinkWhatTheyRemove() {
        Post post = post("post");
        Tag a = tag("a");
        Tag b = tag("b");
        Tag c = tag("c");
        PostRelations.setTags(post, Arrays.asList(c, a, b));
        NavigableMap<String, Tag> view = PostRelations.tags(post);
        view.headMap("c").clear();
        assertThat(post.tags).containsExactly("c", c);
        assertThat(a.posts).isEmpty();
        assertThat(b.posts).isEmpty();
        assertThat(view.pollFirstEntry().getValue()).isSameInstanceAs(c);
        assertThat(c.posts).isEmpty();
    }

    @Test
    void setTagsWithTwoTagsOfOneNameIsRefusedAndChangesNothing() {
        Post post = post("post");
        Tag java = tag("java");
        PostRelations.addToTags(post, java);
        List<Tag> twoOfOneName = Arrays.asList(tag("x"), tag("x"));
        List<Object> before = snapshot();
        assertThrows(IllegalArgumentException.class, () -> PostRelations.setTags(post, twoOfOneName));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void detachingEitherSideUnlinksIt() {
        Post first = post("first");
        Post second = post("second");
        Tag java = tag("java");
        Tag sql = tag("sql");
        PostRelations.setTags(first, Arrays.asList(java, sql));
        PostRelations.setTags(second, Arrays.asList(java));
        PostRelations.detach(first);
        assertThat(first.tags).isEmpty();
        assertThat(java.posts).containsExactly(second);
        assertThat(sql.posts).isEmpty();
        TagRelations.detach(java);
        assertThat(second.tags).isEmpty();
        assertThat(java.posts).isEmpty();
    }
}
