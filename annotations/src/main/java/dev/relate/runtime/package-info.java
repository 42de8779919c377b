/**
 * The small runtime that generated {@code <Class>Relations} helpers call: one abstract class per
 * kind of relationship end, holding the algorithm that keeps both ends in sync, and the live views
 * of collection ends. Generated code supplies only field access; everything else lives here, once.
 *
 * <p>Objects are linked by identity: an object is in a collection end exactly when its inverse
 * end points back at the owner.
 */
package dev.relate.runtime;
