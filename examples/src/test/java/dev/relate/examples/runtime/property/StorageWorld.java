package dev.relate.examples.runtime.property;

import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.COLLECTION;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.HASH_SET;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.LIST;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.NAVIGABLE_SET;
import static dev.relate.examples.runtime.property.CollectionEndUnderTest.Shape.SORTED_SET;

import dev.relate.examples.runtime.Invariants;
import dev.relate.examples.runtime.property.LinkModel.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Shelves and items, related in every way a one-to-many and a one-way end can be: a one-to-many with
 * a {@code SortedSet} end, with a {@code NavigableSet} end, with a {@code LinkedList} end the helpers
 * create, with a {@code Collection} end declared by backref; a self-referential one-to-many with a
 * {@code NavigableSet} end; a one-to-one declared by backref; one-way list, hash set and navigable set
 * ends; and a one-way scalar.
 */
final class StorageWorld extends ModelWorld {
    static final int SHELVES = 4;
    static final int ITEMS = 8;

    final List<Shelf> shelves = new ArrayList<>();
    final List<Item> items = new ArrayList<>();

    StorageWorld() {
        for (int i = 0; i < SHELVES; i++) {
            shelves.add(new Shelf(i));
        }
        for (int i = 0; i < ITEMS; i++) {
            items.add(new Item(i));
        }

        LinkModel sorted = new LinkModel("Shelf.items/Item.shelf", Kind.ONE_TO_MANY);
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.items", sorted, 0, SORTED_SET, shelves, items,
                item -> item.index)
                .field(shelf -> shelf.items).view(ShelfRelations::items)
                .helpers(ShelfRelations::addToItems, ShelfRelations::removeFromItems, ShelfRelations::setItems));
        end(new ScalarEndUnderTest<Item, Shelf>("Item.shelf", sorted, 1, items, shelves, item -> item.shelf,
                ItemRelations::setShelf));
        invariant(() -> Invariants.assertOneToMany("Shelf.items", shelves, items, shelf -> shelf.items,
                item -> item.shelf));

        LinkModel navigable = new LinkModel("Shelf.racked/Item.rack", Kind.ONE_TO_MANY);
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.racked", navigable, 0, NAVIGABLE_SET, shelves, items,
                item -> item.index)
                .field(shelf -> shelf.racked).view(ShelfRelations::racked)
                .helpers(ShelfRelations::addToRacked, ShelfRelations::removeFromRacked, ShelfRelations::setRacked));
        end(new ScalarEndUnderTest<Item, Shelf>("Item.rack", navigable, 1, items, shelves, item -> item.rack,
                ItemRelations::setRack));
        invariant(() -> Invariants.assertOneToMany("Shelf.racked", shelves, items, shelf -> shelf.racked,
                item -> item.rack));

        LinkModel linked = new LinkModel("Shelf.queue/Item.queueShelf", Kind.ONE_TO_MANY);
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.queue", linked, 0, LIST, shelves, items,
                item -> item.index)
                .field(shelf -> shelf.queue).view(ShelfRelations::queue)
                .helpers(ShelfRelations::addToQueue, ShelfRelations::removeFromQueue, ShelfRelations::setQueue));
        end(new ScalarEndUnderTest<Item, Shelf>("Item.queueShelf", linked, 1, items, shelves,
                item -> item.queueShelf, ItemRelations::setQueueShelf));
        invariant(() -> Invariants.assertOneToMany("Shelf.queue", shelves, items, shelf -> shelf.queue,
                item -> item.queueShelf));

        LinkModel backref = new LinkModel("Shelf.bag/Item.bagShelf", Kind.ONE_TO_MANY);
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.bag", backref, 0, COLLECTION, shelves, items,
                item -> item.index)
                .field(shelf -> shelf.bag).view(ShelfRelations::bag)
                .helpers(ShelfRelations::addToBag, ShelfRelations::removeFromBag, ShelfRelations::setBag));
        end(new ScalarEndUnderTest<Item, Shelf>("Item.bagShelf", backref, 1, items, shelves,
                item -> item.bagShelf, ItemRelations::setBagShelf));
        invariant(() -> Invariants.assertOneToMany("Shelf.bag", shelves, items, shelf -> shelf.bag,
                item -> item.bagShelf));

        LinkModel tree = new LinkModel("Item.parts/Item.whole", Kind.ONE_TO_MANY);
        end(new CollectionEndUnderTest<Item, Item>("Item.parts", tree, 0, NAVIGABLE_SET, items, items,
                item -> item.index)
                .field(item -> item.parts).view(ItemRelations::parts)
                .helpers(ItemRelations::addToParts, ItemRelations::removeFromParts, ItemRelations::setParts));
        end(new ScalarEndUnderTest<Item, Item>("Item.whole", tree, 1, items, items, item -> item.whole,
                ItemRelations::setWhole));
        invariant(() -> Invariants.assertOneToMany("Item.parts", items, items, item -> item.parts,
                item -> item.whole));

        LinkModel oneToOne = new LinkModel("Shelf.cover/Item.coveredShelf", Kind.ONE_TO_ONE);
        end(new ScalarEndUnderTest<Shelf, Item>("Shelf.cover", oneToOne, 0, shelves, items, shelf -> shelf.cover,
                ShelfRelations::setCover));
        end(new ScalarEndUnderTest<Item, Shelf>("Item.coveredShelf", oneToOne, 1, items, shelves,
                item -> item.coveredShelf, ItemRelations::setCoveredShelf));
        invariant(() -> Invariants.assertOneToOne("Shelf.cover", shelves, items, shelf -> shelf.cover,
                item -> item.coveredShelf));

        // one-way ends: the model's side 1 stays empty, and every other field is checked untouched
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.wishlist", new LinkModel("Shelf.wishlist", Kind.ONE_WAY),
                0, LIST, shelves, items, item -> item.index)
                .field(shelf -> shelf.wishlist).view(ShelfRelations::wishlist)
                .helpers(ShelfRelations::addToWishlist, ShelfRelations::removeFromWishlist,
                        ShelfRelations::setWishlist));
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.seen", new LinkModel("Shelf.seen", Kind.ONE_WAY), 0,
                HASH_SET, shelves, items, item -> item.index)
                .field(shelf -> shelf.seen).view(ShelfRelations::seen)
                .helpers(ShelfRelations::addToSeen, ShelfRelations::removeFromSeen, ShelfRelations::setSeen));
        end(new CollectionEndUnderTest<Shelf, Item>("Shelf.ranked", new LinkModel("Shelf.ranked", Kind.ONE_WAY), 0,
                NAVIGABLE_SET, shelves, items, item -> item.index)
                .field(shelf -> shelf.ranked).view(ShelfRelations::ranked)
                .helpers(ShelfRelations::addToRanked, ShelfRelations::removeFromRanked, ShelfRelations::setRanked));
        invariant(() -> {
            Invariants.assertEachOnce("Shelf.wishlist", shelves, shelf -> shelf.wishlist);
            Invariants.assertEachOnce("Shelf.seen", shelves, shelf -> shelf.seen);
            Invariants.assertEachOnce("Shelf.ranked", shelves, shelf -> shelf.ranked);
        });
        end(new ScalarEndUnderTest<Item, Shelf>("Item.origin", new LinkModel("Item.origin", Kind.ONE_WAY), 0, items,
                shelves, item -> item.origin, ItemRelations::setOrigin));
    }
}
