package dev.relate.runtime;

/** Template for {@link Fresh}: an element class that inherits an {@code equals} of its own from {@link Keyed}. */
final class FreshKeyed extends Keyed {
    FreshKeyed(String key, String name) {
        super(key, name);
    }
}
