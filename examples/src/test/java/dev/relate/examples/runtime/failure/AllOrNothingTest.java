package dev.relate.examples.runtime.failure;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The findings of issue 12, section 1: when a user's collection or accessor throws inside a helper
 * or a live-view operation, the exception reaches the caller and every field of every object
 * involved is as before (lists at the same positions).
 */
class AllOrNothingTest {

    // --- a child that moves out of a parent whose list is unmodifiable ---

    private final Parent p = new Parent();
    private final Parent q = new Parent();
    private final Parent locked = new Parent();
    private final Child c1 = new Child();
    private final Child c2 = new Child();
    private final Child c3 = new Child();

    /** {@code p.children = [c1, c3]}, {@code locked.children = [c2]} and unmodifiable. */
    private void lockC2() {
        ParentRelations.setChildren(p, List.of(c1, c3));
        ChildRelations.setParent(c2, locked);
        locked.children = Collections.unmodifiableList(new ArrayList<>(locked.children));
    }

    private void assertParentsAsLocked() {
        assertThat(p.children).containsExactly(c1, c3).inOrder();
        assertThat(q.children).isEmpty();
        assertThat(locked.children).containsExactly(c2);
        assertThat(c1.parent).isSameInstanceAs(p);
        assertThat(c2.parent).isSameInstanceAs(locked);
        assertThat(c3.parent).isSameInstanceAs(p);
        Invariants.assertOneToMany("Parent.children", List.of(p, q, locked), List.of(c1, c2, c3),
                parent -> parent.children, child -> child.parent);
    }

    @Test
    void setChildrenWithAChildOfAnUnmodifiableListChangesNothing() {
        lockC2();
        assertThrows(UnsupportedOperationException.class, () -> ParentRelations.setChildren(q, List.of(c1, c2)));
        assertParentsAsLocked();
    }

    @Test
    void addAllWithAChildOfAnUnmodifiableListChangesNothing() {
        lockC2();
        assertThrows(UnsupportedOperationException.class, () -> ParentRelations.children(q).addAll(List.of(c3, c2)));
        assertParentsAsLocked();
        assertThrows(UnsupportedOperationException.class,
                () -> ParentRelations.children(p).addAll(1, List.of(c2)));
        assertParentsAsLocked();
    }

    @Test
    void movingOneChildOutOfAnUnmodifiableListChangesNothing() {
        lockC2();
        assertThrows(UnsupportedOperationException.class, () -> ChildRelations.setParent(c2, q));
        assertThrows(UnsupportedOperationException.class, () -> ParentRelations.children(p).add(1, c2));
        assertThrows(UnsupportedOperationException.class, () -> ParentRelations.children(p).set(0, c2));
        ListIterator<Child> it = ParentRelations.children(p).listIterator();
        it.next();
        assertThrows(UnsupportedOperationException.class, () -> it.set(c2));
        assertThrows(UnsupportedOperationException.class, () -> it.add(c2));
        assertParentsAsLocked();
    }

    // --- a private end whose setter throws for some values ---

    private final Shelter home = new Shelter();
    private final Shelter shelter = new Shelter();
    private final Pet dog = new Pet();
    private final Pet cat = new Pet();
    private final Pet bird = new Pet();

    /** {@code home.pets = [cat, dog, bird]}; {@code shelter} is closed and {@code dog} must have an owner. */
    private void refusingPets() {
        ShelterRelations.setPets(home, List.of(cat, dog, bird));
        shelter.closed = true;
        dog.mustHaveOwner = true;
    }

    private void assertPetsAtHome() {
        assertThat(home.getPets()).containsExactly(cat, dog, bird).inOrder();
        assertThat(shelter.getPets()).isEmpty();
        assertThat(dog.getOwner()).isSameInstanceAs(home);
        assertThat(cat.getOwner()).isSameInstanceAs(home);
        assertThat(bird.getOwner()).isSameInstanceAs(home);
    }

    @Test
    void aSetterThatRefusesTheNewOwnerChangesNothing() {
        refusingPets();
        assertThrows(IllegalStateException.class, () -> PetRelations.setOwner(dog, shelter));
        assertPetsAtHome();
        assertThrows(IllegalStateException.class, () -> ShelterRelations.addToPets(shelter, dog));
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(shelter).add(dog));
        assertThrows(IllegalStateException.class, () -> ShelterRelations.setPets(shelter, List.of(cat, dog)));
        assertPetsAtHome();
    }

    @Test
    void aSetterThatRefusesNullChangesNothing() {
        refusingPets();
        assertThrows(IllegalStateException.class, () -> ShelterRelations.removeFromPets(home, dog));
        assertPetsAtHome();
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).clear());
        assertPetsAtHome();
        assertThrows(IllegalStateException.class, () -> ShelterRelations.setPets(home, List.of(bird)));
        assertPetsAtHome();
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).removeIf(pet -> true));
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).retainAll(List.of(cat)));
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).removeAll(List.of(cat, dog)));
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).subList(0, 3).clear());
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).remove(1));
        assertThrows(IllegalStateException.class, () -> ShelterRelations.pets(home).set(1, new Pet()));
        assertPetsAtHome();
    }

    @Test
    void bulkOperationsOfASubListAreAllOrNothing() {
        refusingPets();
        List<Pet> range = ShelterRelations.pets(home).subList(0, 3);
        assertThrows(IllegalStateException.class, () -> range.removeIf(pet -> true));
        assertThrows(IllegalStateException.class, () -> range.retainAll(List.of(bird)));
        assertThrows(IllegalStateException.class, () -> range.subList(1, 2).removeAll(List.of(dog)));
        assertThrows(IllegalStateException.class, () -> range.replaceAll(pet -> pet == dog ? new Pet() : pet));
        assertPetsAtHome();
        assertThat(range.size()).isEqualTo(3);
        range.subList(0, 2).removeIf(pet -> pet == cat);
        assertThat(home.getPets()).containsExactly(dog, bird).inOrder();
        assertThat(cat.getOwner()).isNull();
        assertThat(range).containsExactly(dog, bird).inOrder();
        range.sort(Comparator.comparing((Pet pet) -> pet.id).reversed());
        assertThat(home.getPets()).containsExactly(bird, dog).inOrder();
    }

    @Test
    void anIteratorWhoseRemoveIsRefusedStaysUsable() {
        refusingPets();
        Iterator<Pet> it = ShelterRelations.pets(home).iterator();
        it.next();
        it.remove();
        it.next();
        assertThrows(IllegalStateException.class, it::remove);
        assertThat(home.getPets()).containsExactly(dog, bird).inOrder();
        assertThat(it.next()).isSameInstanceAs(bird);
        it.remove();
        assertThat(home.getPets()).containsExactly(dog);
        assertThat(dog.getOwner()).isSameInstanceAs(home);
        assertThat(cat.getOwner()).isNull();
    }

    @Test
    void anErrorIsUndoneAsAnExceptionIs() {
        Pet fussy = new Pet() {
            @Override
            void setOwner(Shelter owner) {
                if (owner == null) {
                    throw new AssertionError("no");
                }
                super.setOwner(owner);
            }
        };
        ShelterRelations.setPets(home, List.of(cat, fussy, bird));
        assertThrows(AssertionError.class, () -> ShelterRelations.pets(home).clear());
        assertThat(home.getPets()).containsExactly(cat, fussy, bird).inOrder();
        assertThat(cat.getOwner()).isSameInstanceAs(home);
    }

    @Test
    void aComparatorThatThrowsHalfWayLeavesTheListAsItWas() {
        List<Child> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new Child());
        }
        Collections.shuffle(many, new Random(12));
        ParentRelations.setChildren(p, many);
        int[] calls = {0};
        Comparator<Child> failing = (a, b) -> {
            if (++calls[0] == 100) {
                throw new IllegalStateException("comparator");
            }
            return Integer.compare(b.id, a.id);
        };
        assertThrows(IllegalStateException.class, () -> ParentRelations.children(p).sort(failing));
        assertThat(calls[0]).isEqualTo(100);
        assertThat(p.children).containsExactlyElementsIn(many).inOrder();
    }

    // --- many-to-many whose far side is unmodifiable ---

    private final Post r = new Post();
    private final Tag t1 = new Tag();
    private final Tag t2 = new Tag();
    private final Tag t3 = new Tag();

    /** {@code r.tags = [t1, t2, t3]}, and {@code t2.parents} is unmodifiable. */
    private void lockT2() {
        PostRelations.setTags(r, List.of(t1, t2, t3));
        t2.parents = Collections.unmodifiableSet(new LinkedHashSet<>(t2.parents));
    }

    private void assertTagsAsLocked() {
        assertThat(r.tags).containsExactly(t1, t2, t3).inOrder();
        assertThat(t1.parents).containsExactly(r);
        assertThat(t2.parents).containsExactly(r);
        assertThat(t3.parents).containsExactly(r);
        Invariants.assertManyToMany("Post.tags", List.of(r), List.of(t1, t2, t3), post -> post.tags,
                tag -> tag.parents);
    }

    @Test
    void clearingWhenTheFarSideIsUnmodifiableChangesNothing() {
        lockT2();
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(r).clear());
        assertTagsAsLocked();
    }

    @Test
    void replacingWhenTheFarSideIsUnmodifiableChangesNothing() {
        lockT2();
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.setTags(r, List.of(t3)));
        assertTagsAsLocked();
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.setTags(r, List.of()));
        assertTagsAsLocked();
    }

    @Test
    void removingWhenTheFarSideIsUnmodifiableChangesNothing() {
        lockT2();
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(r).removeIf(tag -> true));
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(r).retainAll(List.of(t3)));
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(r).removeAll(List.of(t1, t2)));
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.removeFromTags(r, t2));
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(r).remove(1));
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(r).subList(0, 2).clear());
        assertThrows(UnsupportedOperationException.class, () -> TagRelations.setParents(t2, List.of()));
        assertTagsAsLocked();
    }

    @Test
    void anUnmodifiableSetInTheMiddleOfAnAddAllChangesNothing() {
        Post s = new Post();
        PostRelations.setTags(s, List.of(t1));
        t2.parents = Collections.unmodifiableSet(new LinkedHashSet<>());
        assertThrows(UnsupportedOperationException.class, () -> PostRelations.tags(s).addAll(List.of(t3, t2)));
        assertThat(s.tags).containsExactly(t1);
        assertThat(t3.parents).isEmpty();
        assertThat(t1.parents).containsExactly(s);
    }
}
