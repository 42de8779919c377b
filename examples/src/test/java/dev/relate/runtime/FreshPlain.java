package dev.relate.runtime;

/** Template for {@link Fresh}: an element class that keeps {@code Object}'s {@code equals}. */
final class FreshPlain {
    FreshPlain() {
    }
}
