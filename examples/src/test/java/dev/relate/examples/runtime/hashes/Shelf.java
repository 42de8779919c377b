package dev.relate.examples.runtime.hashes;

import dev.relate.ManyToOneRel;

class Shelf extends Persisted {
    @ManyToOneRel(backPopulates = "shelves")
    Library library;

    Shelf(String name) {
        super(name);
    }
}
