package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.AssociationTableClass;
import java.util.List;
import java.util.Map;

/**
 * What the association step makes of the {@code @AssociationObject} classes.
 *
 * @param parts the part each class plays in each association: the association class, its left, its right
 * @param tables the association tables to write, in the order of their classes
 */
record CheckedAssociations(Map<ClassName, List<AssociationClass.Part>> parts, List<AssociationTableClass> tables) {
}
