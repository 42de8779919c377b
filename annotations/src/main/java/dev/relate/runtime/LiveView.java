package dev.relate.runtime;

/**
 * A live view of a collection end, or of a range of it: its {@code contains} asks the end, which
 * answers by identity and without searching the collection. Code that tests membership in a
 * collection it is given (as {@code removeAll} and {@code retainAll} do) uses such a view as it is,
 * where it would copy another collection into a hash set first.
 */
interface LiveView {
}
