package dev.relate.examples.runtime.inherit;

/** Inherits its end from {@link BaseChild}. */
class Child extends BaseChild {
}
