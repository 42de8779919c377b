package dev.relate.runtime;

import java.util.Collection;

/** A test owner whose one collection field, {@code items}, holds whatever collection a test puts there. */
final class Holder {
    private final String name;
    Collection<Object> items;

    Holder(String name, Collection<Object> items) {
        this.name = name;
        this.items = items;
    }

    @Override
    public String toString() {
        return name;
    }
}
