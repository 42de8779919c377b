package dev.relate.examples.runtime.onetoone;

import dev.relate.examples.runtime.Entity;

/** Holds the plain field that {@code Key.lock}'s backref manages. */
class Lock extends Entity {
    Key key;
}
