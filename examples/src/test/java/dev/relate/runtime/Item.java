package dev.relate.runtime;

/** A test element that keeps {@code Object}'s {@code equals}: equality is identity. */
class Item {
    private final String name;

    Item(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
