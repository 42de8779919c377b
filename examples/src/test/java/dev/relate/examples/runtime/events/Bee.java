package dev.relate.examples.runtime.events;

import dev.relate.ManyToOneRel;

class Bee {
    final String name;
    @ManyToOneRel(backPopulates = "bees")
    Hive hive;

    Bee(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
