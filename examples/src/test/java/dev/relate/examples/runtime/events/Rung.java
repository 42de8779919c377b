package dev.relate.examples.runtime.events;

import dev.relate.ManyToOneRel;

class Rung {
    final String name;
    @ManyToOneRel(backPopulates = "rungs")
    Ladder ladder;
    int rank = -1;

    Rung(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
