package dev.relate.examples.runtime.inherit;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ends declared on a superclass: the subclass gets the helpers, and both ends stay in sync. */
class InheritedEndsTest {

    @Test
    void aScalarEndInheritedFromAnAbstractSuperclass() {
        Parent p = new Parent();
        Parent q = new Parent();
        Child a = new Child();
        Child b = new Child();
        ChildRelations.setParent(a, p);
        ParentRelations.addToChildren(p, b);
        assertThat(p.children).containsExactly(a, b).inOrder();
        assertThat(((BaseChild) b).parent).isSameInstanceAs(p);
        ParentRelations.children(q).add(a);
        assertThat(p.children).containsExactly(b);
        assertThat(a.parent).isSameInstanceAs(q);
        ChildRelations.setParent(b, null);
        assertThat(p.children).isEmpty();
        ParentRelations.setChildren(p, List.of(b, a));
        assertThat(q.children).isEmpty();
        assertThat(p.children).containsExactly(b, a).inOrder();
        Invariants.assertOneToMany("Parent.children/BaseChild.parent", List.of(p, q), List.of(a, b),
                parent -> parent.children, child -> child.parent);
    }

    @Test
    void aCollectionEndInheritedFromAnAbstractSuperclass() {
        Owner alice = new Owner();
        Owner bruno = new Owner();
        Pet rex = new Pet();
        Pet tom = new Pet();
        PetRelations.setOwner(rex, alice);
        OwnerRelations.addToPets(alice, tom);
        assertThat(((BaseOwner) alice).pets).containsExactly(rex, tom).inOrder();
        OwnerRelations.pets(bruno).addAll(OwnerRelations.pets(alice));
        assertThat(alice.pets).isEmpty();
        assertThat(bruno.pets).containsExactly(rex, tom).inOrder();
        assertThat(rex.owner).isSameInstanceAs(bruno);
        OwnerRelations.pets(bruno).removeIf(pet -> pet == rex);
        assertThat(rex.owner).isNull();
        Invariants.assertOneToMany("BaseOwner.pets/Pet.owner", List.of(alice, bruno), List.of(rex, tom),
                owner -> owner.pets, pet -> pet.owner);
    }
}
