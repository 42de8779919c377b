package dev.relate.examples.runtime.nested;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested static classes get {@code Outer_InnerRelations} (and {@code Outer_Inner_DeepRelations}). */
class NestedClassesTest {

    @Test
    void anOuterClassAndItsNestedClass() {
        Outer one = new Outer();
        Outer two = new Outer();
        Outer.Inner x = new Outer.Inner();
        Outer.Inner y = new Outer.Inner();
        Outer_InnerRelations.setOuter(x, one);
        OuterRelations.addToInners(one, y);
        assertThat(one.inners).containsExactly(x, y).inOrder();
        OuterRelations.inners(two).add(x);
        assertThat(one.inners).containsExactly(y);
        assertThat(x.outer).isSameInstanceAs(two);
        OuterRelations.setInners(one, List.of(x));
        assertThat(y.outer).isNull();
        assertThat(two.inners).isEmpty();
        Invariants.assertOneToMany("Outer.inners/Outer.Inner.outer", List.of(one, two), List.of(x, y),
                outer -> outer.inners, inner -> inner.outer);
    }

    @Test
    void twoLevelsOfNesting() {
        Outer.Inner x = new Outer.Inner();
        Outer.Inner y = new Outer.Inner();
        Outer.Inner.Deep d = new Outer.Inner.Deep();
        Outer_InnerRelations.setDeep(x, d);
        assertThat(d.inner).isSameInstanceAs(x);
        Outer_Inner_DeepRelations.setInner(d, y);
        assertThat(x.deep).isNull();
        assertThat(y.deep).isSameInstanceAs(d);
        Invariants.assertOneToOne("Outer.Inner.deep/Outer.Inner.Deep.inner", List.of(x, y), List.of(d),
                inner -> inner.deep, deep -> deep.inner);
    }
}
