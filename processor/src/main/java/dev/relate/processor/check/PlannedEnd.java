package dev.relate.processor.check;

import dev.relate.processor.model.Relationship;

/**
 * An end of a relationship planned for a generated class, with its position among the owner's fields.
 *
 * @param relationship the relationship, seen from this end
 * @param position the end's field among {@link dev.relate.processor.read.Members#fieldOrder} of its owner
 */
record PlannedEnd(Relationship relationship, int position) {
}
