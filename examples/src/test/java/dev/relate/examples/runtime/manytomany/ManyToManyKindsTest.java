package dev.relate.examples.runtime.manytomany;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Nested;

/**
 * Runs the many-to-many contracts from each end of a pair of every kind: {@code Set} with
 * {@code Set}, {@code List} with {@code List}, {@code NavigableSet} with a {@code SortedSet} that has
 * a comparator, {@code Collection} (a list) with {@code Collection} (a linked set), and a mix declared
 * with {@code backref}: a {@code List} end whose other end is a plain {@code Set} field.
 */
class ManyToManyKindsTest {
    // each End is built with its type arguments spelled out: javac cannot infer them from the method references

    static final End<SetLeft, SetRight, Set<SetRight>> SET_LEFT =
            new End<SetLeft, SetRight, Set<SetRight>>("SetLeft.rights", SetLeft::new, left -> left.rights,
                    SetLeftRelations::rights, SetLeftRelations::addToRights, SetLeftRelations::removeFromRights,
                    SetLeftRelations::setRights, null, true);
    static final End<SetRight, SetLeft, Set<SetLeft>> SET_RIGHT =
            new End<SetRight, SetLeft, Set<SetLeft>>("SetRight.lefts", SetRight::new, right -> right.lefts,
                    SetRightRelations::lefts, SetRightRelations::addToLefts, SetRightRelations::removeFromLefts,
                    SetRightRelations::setLefts, null, false);

    static final End<ListLeft, ListRight, List<ListRight>> LIST_LEFT =
            new End<ListLeft, ListRight, List<ListRight>>("ListLeft.rights", ListLeft::new, left -> left.rights,
                    ListLeftRelations::rights, ListLeftRelations::addToRights, ListLeftRelations::removeFromRights,
                    ListLeftRelations::setRights, null, true);
    static final End<ListRight, ListLeft, List<ListLeft>> LIST_RIGHT =
            new End<ListRight, ListLeft, List<ListLeft>>("ListRight.lefts", ListRight::new, right -> right.lefts,
                    ListRightRelations::lefts, ListRightRelations::addToLefts, ListRightRelations::removeFromLefts,
                    ListRightRelations::setLefts, null, true);

    static final End<SortedLeft, SortedRight, NavigableSet<SortedRight>> SORTED_LEFT =
            new End<SortedLeft, SortedRight, NavigableSet<SortedRight>>("SortedLeft.rights", SortedLeft::new,
                    left -> left.rights, SortedLeftRelations::rights, SortedLeftRelations::addToRights,
                    SortedLeftRelations::removeFromRights, SortedLeftRelations::setRights,
                    Comparator.<SortedRight>naturalOrder(), false);
    static final End<SortedRight, SortedLeft, SortedSet<SortedLeft>> SORTED_RIGHT =
            new End<SortedRight, SortedLeft, SortedSet<SortedLeft>>("SortedRight.lefts", SortedRight::new,
                    right -> right.lefts, SortedRightRelations::lefts, SortedRightRelations::addToLefts,
                    SortedRightRelations::removeFromLefts, SortedRightRelations::setLefts, SortedRight.DESCENDING,
                    false);

    static final End<CollectionLeft, CollectionRight, Collection<CollectionRight>> COLLECTION_LEFT =
            new End<CollectionLeft, CollectionRight, Collection<CollectionRight>>("CollectionLeft.rights",
                    CollectionLeft::new, left -> left.rights, CollectionLeftRelations::rights,
                    CollectionLeftRelations::addToRights, CollectionLeftRelations::removeFromRights,
                    CollectionLeftRelations::setRights, null, true);
    static final End<CollectionRight, CollectionLeft, Collection<CollectionLeft>> COLLECTION_RIGHT =
            new End<CollectionRight, CollectionLeft, Collection<CollectionLeft>>("CollectionRight.lefts",
                    CollectionRight::new, right -> right.lefts, CollectionRightRelations::lefts,
                    CollectionRightRelations::addToLefts, CollectionRightRelations::removeFromLefts,
                    CollectionRightRelations::setLefts, null, true);

    static final End<ListSide, SetSide, List<SetSide>> LIST_SIDE =
            new End<ListSide, SetSide, List<SetSide>>("ListSide.sets", ListSide::new, side -> side.sets,
                    ListSideRelations::sets, ListSideRelations::addToSets, ListSideRelations::removeFromSets,
                    ListSideRelations::setSets, null, true);
    static final End<SetSide, ListSide, Set<ListSide>> SET_SIDE =
            new End<SetSide, ListSide, Set<ListSide>>("SetSide.lists", SetSide::new, side -> side.lists,
                    SetSideRelations::lists, SetSideRelations::addToLists, SetSideRelations::removeFromLists,
                    SetSideRelations::setLists, null, true);

    /** {@code SetLeft.rights}, a LinkedHashSet, whose other end is a HashSet. */
    @Nested
    class SetFromLeft extends ManyToManyContract<SetLeft, SetRight, Set<SetRight>> {
        SetFromLeft() {
            super(SET_LEFT, SET_RIGHT);
        }
    }

    /** {@code SetRight.lefts}, a HashSet, whose other end is a LinkedHashSet. */
    @Nested
    class SetFromRight extends ManyToManyContract<SetRight, SetLeft, Set<SetLeft>> {
        SetFromRight() {
            super(SET_RIGHT, SET_LEFT);
        }
    }

    /** {@code ListLeft.rights}, an ArrayList, whose other end is a LinkedList. */
    @Nested
    class ListFromLeft extends ManyToManyListContract<ListLeft, ListRight> {
        ListFromLeft() {
            super(LIST_LEFT, LIST_RIGHT);
        }
    }

    /** {@code ListRight.lefts}, a LinkedList, whose other end is an ArrayList. */
    @Nested
    class ListFromRight extends ManyToManyListContract<ListRight, ListLeft> {
        ListFromRight() {
            super(LIST_RIGHT, LIST_LEFT);
        }
    }

    /** {@code SortedLeft.rights}, a NavigableSet in natural order. */
    @Nested
    class SortedFromLeft extends ManyToManyNavigableSetContract<SortedLeft, SortedRight> {
        SortedFromLeft() {
            super(SORTED_LEFT, SORTED_RIGHT);
        }
    }

    /** {@code SortedRight.lefts}, a SortedSet whose comparator orders ids descending. */
    @Nested
    class SortedFromRight extends ManyToManySortedSetContract<SortedRight, SortedLeft, SortedSet<SortedLeft>> {
        SortedFromRight() {
            super(SORTED_RIGHT, SORTED_LEFT);
        }
    }

    /** {@code CollectionLeft.rights}, a Collection holding an ArrayList. */
    @Nested
    class CollectionFromLeft extends ManyToManyContract<CollectionLeft, CollectionRight, Collection<CollectionRight>> {
        CollectionFromLeft() {
            super(COLLECTION_LEFT, COLLECTION_RIGHT);
        }
    }

    /** {@code CollectionRight.lefts}, a Collection holding a LinkedHashSet. */
    @Nested
    class CollectionFromRight extends ManyToManyContract<CollectionRight, CollectionLeft, Collection<CollectionLeft>> {
        CollectionFromRight() {
            super(COLLECTION_RIGHT, COLLECTION_LEFT);
        }
    }

    /** {@code ListSide.sets}, a List declared with backref, whose other end is a plain Set field. */
    @Nested
    class MixFromTheList extends ManyToManyListContract<ListSide, SetSide> {
        MixFromTheList() {
            super(LIST_SIDE, SET_SIDE);
        }
    }

    /** {@code SetSide.lists}, the Set end a backref manages, whose other end is a List. */
    @Nested
    class MixFromTheSet extends ManyToManyContract<SetSide, ListSide, Set<ListSide>> {
        MixFromTheSet() {
            super(SET_SIDE, LIST_SIDE);
        }
    }
}
