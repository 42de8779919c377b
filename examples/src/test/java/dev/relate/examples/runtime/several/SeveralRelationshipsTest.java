package dev.relate.examples.runtime.several;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several relationships between the same two classes stay independent of each other. */
class SeveralRelationshipsTest {
    private final Parent p = new Parent();
    private final Parent q = new Parent();
    private final Child a = new Child();
    private final Child b = new Child();
    private final Child c = new Child();

    @AfterEach
    void everyRelationshipAgrees() {
        List<Parent> parents = List.of(p, q);
        List<Child> children = List.of(a, b, c);
        Invariants.assertOneToMany("children", parents, children, parent -> parent.children, child -> child.parent);
        Invariants.assertOneToMany("favorites", parents, children, parent -> parent.favorites,
                child -> child.favoriteOf);
        Invariants.assertOneToOne("eldest", parents, children, parent -> parent.eldest, child -> child.eldestOf);
    }

    @Test
    void eachRelationshipMovesOnlyItsOwnEnds() {
        ChildRelations.setParent(a, p);
        ChildRelations.setFavoriteOf(a, q);
        ChildRelations.setEldestOf(a, p);
        assertThat(p.children).containsExactly(a);
        assertThat(p.favorites).isEmpty();
        assertThat(q.children).isEmpty();
        assertThat(q.favorites).containsExactly(a);
        assertThat(p.eldest).isSameInstanceAs(a);

        ParentRelations.addToChildren(q, a);
        assertThat(a.parent).isSameInstanceAs(q);
        assertThat(a.favoriteOf).isSameInstanceAs(q);
        assertThat(a.eldestOf).isSameInstanceAs(p);
        assertThat(p.children).isEmpty();
        assertThat(q.favorites).containsExactly(a);

        ParentRelations.favorites(p).add(a);
        assertThat(q.favorites).isEmpty();
        assertThat(q.children).containsExactly(a);
    }

    @Test
    void clearingOrReplacingOneRelationshipLeavesTheOthers() {
        ParentRelations.setChildren(p, List.of(a, b, c));
        ParentRelations.setFavorites(p, List.of(c, a));
        ParentRelations.setEldest(p, b);
        ParentRelations.children(p).clear();
        assertThat(a.parent).isNull();
        assertThat(a.favoriteOf).isSameInstanceAs(p);
        assertThat(b.eldestOf).isSameInstanceAs(p);
        assertThat(p.favorites).containsExactly(c, a).inOrder();

        ParentRelations.setFavorites(q, List.of(a));
        assertThat(p.favorites).containsExactly(c);
        assertThat(a.parent).isNull();

        ParentRelations.setEldest(q, b);
        assertThat(p.eldest).isNull();
        assertThat(p.favorites).containsExactly(c);
        ChildRelations.setEldestOf(c, q);
        assertThat(b.eldestOf).isNull();
        assertThat(q.eldest).isSameInstanceAs(c);
        assertThat(c.favoriteOf).isSameInstanceAs(p);
    }

    @Test
    void iteratorRemovalInOneViewDetachesOnlyThatEnd() {
        ParentRelations.setChildren(p, List.of(a, b));
        ParentRelations.setFavorites(p, List.of(a, b));
        ParentRelations.favorites(p).removeIf(child -> child == a);
        assertThat(a.favoriteOf).isNull();
        assertThat(a.parent).isSameInstanceAs(p);
        assertThat(p.children).containsExactly(a, b).inOrder();
        var it = ParentRelations.children(p).iterator();
        it.next();
        it.remove();
        assertThat(a.parent).isNull();
        assertThat(b.favoriteOf).isSameInstanceAs(p);
    }
}
