package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.AssociationDeclaration;
import dev.relate.processor.read.DeclarationReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The association step of the checker: checks each {@code @AssociationObject} class against the
 * relationships planned for its ends, and its association table.
 */
final class AssociationStep {
    private final DeclarationReader declarations;
    private final AssociationRules associationRules;
    private final AssociationTableRules associationTableRules;
    private final Diagnostics diagnostics;

    AssociationStep(DeclarationReader declarations, AssociationRules associationRules,
            AssociationTableRules associationTableRules, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.associationRules = associationRules;
        this.associationTableRules = associationTableRules;
        this.diagnostics = diagnostics;
    }

    /**
     * @param associationTypes the classes annotated with {@code @AssociationObject}, in a stable order
     * @param built the relationship of each end's field, from planning
     */
    CheckedAssociations check(List<TypeElement> associationTypes, Map<VariableElement, Relationship> built) {
        Map<ClassName, List<AssociationClass.Part>> parts = new HashMap<>();
        List<AssociationTableClass> tables = new ArrayList<>();
        for (TypeElement type : associationTypes) {
            try {
                AssociationDeclaration declaration = declarations.associationOn(type);
                AssociationClass association = associationRules.check(declaration, built);
                AssociationTableClass table = association == null ? null
                        : associationTableRules.check(declaration, association);
                if (table != null) {
                    tables.add(table);
                }
                if (association != null) {
                    addPart(parts, association.type(), association, AssociationClass.Role.ASSOCIATION);
                    addPart(parts, association.leftType(), association, AssociationClass.Role.LEFT);
                    addPart(parts, association.rightType(), association, AssociationClass.Role.RIGHT);
                }
            } catch (RuntimeException e) {
                diagnostics.error(type, Message.UNEXPECTED, DisplayNames.simpleName(type), e);
                diagnostics.poison(type);
            }
        }
        return new CheckedAssociations(parts, tables);
    }

    private static void addPart(Map<ClassName, List<AssociationClass.Part>> parts, ClassName owner,
            AssociationClass association, AssociationClass.Role role) {
        parts.computeIfAbsent(owner, key -> new ArrayList<>()).add(new AssociationClass.Part(association, role));
    }
}
