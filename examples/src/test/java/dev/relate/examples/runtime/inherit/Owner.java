package dev.relate.examples.runtime.inherit;

/** Inherits its collection end from {@link BaseOwner}. */
class Owner extends BaseOwner {
}
