package dev.relate.processor.write;

/** What an end is, seen from the class that holds it; decides which helpers it gets. */
enum Pattern {
    /** A collection whose elements each hold the owner in a scalar end. */
    ONE_TO_MANY,
    /** A scalar held by each element of the other class's collection. */
    MANY_TO_ONE,
    /** A scalar whose other end is a scalar. */
    ONE_TO_ONE,
    /** A collection whose elements each hold a collection of the owner. */
    MANY_TO_MANY,
    /** A collection with no other end. */
    ONE_WAY_COLLECTION,
    /** A scalar with no other end. */
    ONE_WAY_SCALAR
}
