package dev.relate.runtime;

/** Template for {@link Fresh}: an element class whose superclass, not {@code Object}, keeps {@code Object}'s {@code equals}. */
final class FreshItem extends Item {
    FreshItem(String name) {
        super(name);
    }
}
