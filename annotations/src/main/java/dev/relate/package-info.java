/**
 * The relationship annotations. Annotate fields of plain classes; at compile time relate writes a
 * {@code <Class>Relations} class beside each class with helpers that keep both ends of every
 * relationship in sync.
 */
package dev.relate;
