package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.read.DeclarationReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The last step of the checker: the tables to write. A table is written when its rules pass, the
 * classes whose helpers it calls have them, and no other table took its name or its class's name.
 */
final class TablePlacement {
    private final Elements elements;
    private final DeclarationReader declarations;
    private final TableRules tableRules;
    private final OwnerRules ownerRules;
    private final Diagnostics diagnostics;

    TablePlacement(Elements elements, DeclarationReader declarations, TableRules tableRules, OwnerRules ownerRules,
            Diagnostics diagnostics) {
        this.elements = elements;
        this.declarations = declarations;
        this.tableRules = tableRules;
        this.ownerRules = ownerRules;
        this.diagnostics = diagnostics;
    }

    /**
     * The tables to write, each list in the order of the tables' class names.
     *
     * @param tables the link tables to write
     * @param associationTables the association tables to write
     */
    record PlacedTables(List<LinkTableClass> tables, List<AssociationTableClass> associationTables) {
    }

    /**
     * @param endOwners the classes that hold a planned end
     * @param planned the many-to-manys that name an association table
     * @param associationTables the tables of the association classes that passed their rules
     * @param buildTypes the classes compiled in this build
     */
    PlacedTables place(Set<TypeElement> endOwners, List<PlannedTable> planned,
            List<AssociationTableClass> associationTables, Set<TypeElement> buildTypes) {
        Map<ClassName, TypeElement> owners = new HashMap<>();
        for (TypeElement owner : endOwners) {
            owners.put(ClassName.get(owner), owner);
        }
        List<LinkTableClass> checkedTables = new ArrayList<>();
        for (LinkTableClass table : tableRules.check(planned)) {
            // a table needs the helpers of both its ends; the right class of a one-way many-to-many has none
            if (hasHelpers(table.left().type(), owners, buildTypes)
                    && (table.relationship().isOneWay() || hasHelpers(table.right().type(), owners, buildTypes))) {
                checkedTables.add(table);
            }
        }
        owners.values().retainAll(buildTypes); // the others keep the helpers an earlier compilation wrote
        checkedTables.sort(Comparator.comparing(table -> table.name().canonicalName()));
        List<AssociationTableClass> storedAssociations = new ArrayList<>();
        // who took each table name (lower case, as SQL compares them) and each class name: a link table, then
        // the association tables before
        Map<String, TableUser> tableUsers = new HashMap<>();
        Map<ClassName, TableUser> nameUsers = new HashMap<>();
        for (LinkTableClass table : checkedTables) {
            TableUser user = TableUser.of(table.relationship().end());
            tableUsers.putIfAbsent(table.table().toLowerCase(Locale.ROOT), user);
            nameUsers.putIfAbsent(table.name(), user);
        }
        for (AssociationTableClass table : associationTables) {
            if (tableTaken(table, tableUsers, nameUsers)) {
                continue;
            }
            if (hasHelpers(table.association().type(), owners, buildTypes)) {
                storedAssociations.add(table);
                TableUser user = TableUser.of(table.association().type());
                tableUsers.putIfAbsent(table.table().toLowerCase(Locale.ROOT), user);
                nameUsers.putIfAbsent(table.name(), user);
            }
        }
        storedAssociations.sort(Comparator.comparing(table -> table.name().canonicalName()));
        return new PlacedTables(List.copyOf(checkedTables), List.copyOf(storedAssociations));
    }

    /**
     * Who took a table: the end of a many-to-many, or an association class, as messages show it,
     * and with its package, for when the two in one message would show alike.
     */
    private record TableUser(String display, String qualified) {
        static TableUser of(End end) {
            return new TableUser(end.displayName(), end.owner().canonicalName() + "." + end.field());
        }

        static TableUser of(ClassName type) {
            return new TableUser(String.join(".", type.simpleNames()), type.canonicalName());
        }
    }

    /** Reports an association table whose name, or class, another table has already. */
    private boolean tableTaken(AssociationTableClass table, Map<String, TableUser> tableUsers,
            Map<ClassName, TableUser> nameUsers) {
        TableUser other = tableUsers.get(table.table().toLowerCase(Locale.ROOT));
        if (other == null) {
            other = nameUsers.get(table.name());
        }
        if (other == null) {
            return false;
        }
        TypeElement type = elements.getTypeElement(table.association().type().canonicalName());
        TableUser self = TableUser.of(table.association().type());
        boolean alike = self.display().equals(other.display());
        diagnostics.error(type, declarations.associationOn(type).mirror(), null, Message.TABLE_SHARED,
                alike ? self.qualified() : self.display(), table.table(), alike ? other.qualified() : other.display());
        diagnostics.poison(type);
        return true;
    }

    /**
     * Whether the class has helpers that a table can call: written in this build without errors, or
     * by an earlier compilation. {@code owners} are the classes that own an end, by name.
     */
    private boolean hasHelpers(ClassName type, Map<ClassName, TypeElement> owners, Set<TypeElement> buildTypes) {
        TypeElement owner = owners.get(type);
        if (owner == null) {
            return false;
        }
        return buildTypes.contains(owner) ? !diagnostics.hasErrors(owner) : ownerRules.hasRelations(owner);
    }
}
