package dev.relate.processor.model;

import java.util.List;

/**
 * Everything to write for a round.
 *
 * @param relations the helper classes, ordered by name
 * @param tables the association table classes, ordered by table name
 * @param associationTables the tables of association classes, ordered by table name
 * @param reached the helper classes of every owner the round reached, those an earlier compilation
 *     wrote for class files included: where the writer finds the end objects that another class's
 *     helpers declare
 * @param interfaces the {@code <Class>Related} interfaces of the owners that implement theirs,
 *     ordered by name
 */
public record Plan(List<RelationsClass> relations, List<LinkTableClass> tables,
        List<AssociationTableClass> associationTables, List<RelationsClass> reached,
        List<EntityInterface> interfaces) {

    public Plan(List<RelationsClass> relations, List<LinkTableClass> tables,
            List<AssociationTableClass> associationTables, List<RelationsClass> reached) {
        this(relations, tables, associationTables, reached, List.of());
    }
}
