package dev.relate.processor.check;

import dev.relate.processor.model.Relationship;

/**
 * A many-to-many to store in its association table.
 *
 * @param link what the declaration that plans it declares
 * @param relationship the model, seen from the declaration's end
 */
record PlannedTable(Link link, Relationship relationship) {
}
