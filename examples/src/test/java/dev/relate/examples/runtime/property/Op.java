package dev.relate.examples.runtime.property;

/**
 * One random step of the property tests of this package that draw their steps with {@link Steps#of}:
 * its kind, and three numbers from which it picks its objects, indexes and the rest.
 */
record Op(int kind, int a, int b, int c) {
}
