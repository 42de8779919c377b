package dev.relate.processor.check;

import dev.relate.processor.model.Relationship;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * What planning makes of the linked fields: each relationship built once, for the classes of both ends.
 *
 * @param byOwner the ends each class holds
 * @param tables the many-to-manys that name an association table
 * @param built the relationship of each end's field, seen from that field
 */
record PlannedRelationships(Map<TypeElement, List<PlannedEnd>> byOwner, List<PlannedTable> tables,
        Map<VariableElement, Relationship> built) {
}
