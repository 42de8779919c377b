package dev.relate.examples.runtime.access;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Private fields with JavaBeans accessors: the generated code reads and writes them only through
 * the getter and setter (the accessors count their calls), and writes exactly what changes.
 */
class AccessorsTest {
    private final Parent p = new Parent();
    private final Parent q = new Parent();
    private final Child a = new Child();
    private final Child b = new Child();
    private final Child c = new Child();

    @AfterEach
    void endsAgree() {
        Invariants.assertOneToMany("Parent.children/Child.parent", List.of(p, q), List.of(a, b, c),
                Parent::children, Child::parent);
        Invariants.assertOneToOne("Parent.heir/Child.heirOf", List.of(p, q), List.of(a, b, c), Parent::heir,
                Child::heirOf);
    }

    @Test
    void theScalarSetterIsCalledOnceAndTheNullCollectionIsCreatedThroughItsSetter() {
        ChildRelations.setParent(a, p);
        assertThat(a.parentWrites).containsExactly(p);
        assertThat(a.parentReads).isGreaterThan(0);
        assertThat(p.childrenWrites).isEqualTo(1);
        assertThat(p.childrenReads).isGreaterThan(0);
        assertThat(p.children()).containsExactly(a);
        ChildRelations.setParent(b, p);
        assertThat(p.childrenWrites).isEqualTo(1);
        assertThat(b.parentWrites).containsExactly(p);
    }

    @Test
    void movingWritesTheScalarOnceAndSettingTheSameValueWritesNothing() {
        ChildRelations.setParent(a, p);
        ParentRelations.addToChildren(q, a);
        assertThat(a.parentWrites).containsExactly(p, q).inOrder();
        assertThat(p.children()).isEmpty();
        ChildRelations.setParent(a, q);
        ParentRelations.addToChildren(q, a);
        ParentRelations.children(q).add(a);
        assertThat(a.parentWrites).containsExactly(p, q).inOrder();
        ChildRelations.setParent(a, null);
        assertThat(a.parentWrites).containsExactly(p, q, null).inOrder();
        ChildRelations.setParent(a, null);
        assertThat(a.parentWrites).hasSize(3);
    }

    @Test
    void replacingWritesOnlyWhatLeftAndWhatCame() {
        ParentRelations.setChildren(p, List.of(a, b));
        a.parentWrites.clear();
        b.parentWrites.clear();
        ParentRelations.setChildren(p, List.of(b, c));
        assertThat(a.parentWrites).containsExactly((Parent) null);
        assertThat(b.parentWrites).isEmpty();
        assertThat(c.parentWrites).containsExactly(p);
        assertThat(p.children()).containsExactly(b, c).inOrder();
    }

    @Test
    void viewOperationsGoThroughTheAccessors() {
        List<Child> view = ParentRelations.children(p);
        int reads = p.childrenReads;
        view.addAll(Arrays.asList(a, b, c));
        assertThat(p.childrenReads).isGreaterThan(reads);
        assertThat(a.parentWrites).containsExactly(p);
        view.remove(b);
        assertThat(b.parentWrites).containsExactly(p, null).inOrder();
        view.set(0, b);
        assertThat(a.parentWrites).containsExactly(p, null).inOrder();
        assertThat(b.parentWrites).containsExactly(p, null, p).inOrder();
        view.clear();
        assertThat(c.parentWrites).containsExactly(p, null).inOrder();
        assertThat(new ArrayList<>(p.children())).isEmpty();
    }

    @Test
    void oneToOneGoesThroughBothPairsOfAccessors() {
        ParentRelations.setHeir(p, a);
        assertThat(p.heirWrites).isEqualTo(1);
        assertThat(a.heirOfWrites).containsExactly(p);
        ChildRelations.setHeirOf(b, p);
        assertThat(a.heirOfWrites).containsExactly(p, null).inOrder();
        assertThat(b.heirOfWrites).containsExactly(p);
        assertThat(p.heir()).isSameInstanceAs(b);
        assertThat(p.heirReads).isGreaterThan(0);
        assertThat(b.heirOfReads).isGreaterThan(0);
        int writes = p.heirWrites;
        ParentRelations.setHeir(p, b);
        assertThat(p.heirWrites).isEqualTo(writes);
        assertThat(b.heirOfWrites).hasSize(1);
    }
}
