package dev.relate.examples.runtime.onetoone;

import dev.relate.examples.runtime.Entity;

/** Holds the plain field that {@code Person.passport}'s backref manages. */
class Passport extends Entity {
    Person holder;
}
