package dev.relate.examples.runtime.backref;

import dev.relate.examples.runtime.Entity;

/** Holds the plain scalar field that {@code Library.books}'s backref manages. */
class Book extends Entity {
    Library library;
}
