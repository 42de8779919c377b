package dev.relate.processor.check;

import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.SharedMappedBy;
import dev.relate.processor.read.SuperclassMappedBy;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Warns of JPA mappings that share the field they are mapped by ({@code Zoo.cats} and
 * {@code Zoo.dogs}, both {@code mappedBy = "zoo"}): valid JPA, but relate can keep a field in sync
 * with one collection only, so it leaves them all to JPA, which would otherwise happen without a
 * word; and of a subclass's mapping whose {@code mappedBy} names a field holding its superclass
 * ({@code BigShop.sales} mapped by {@code Sale.shop}, a {@code Shop}), also left to JPA. Warnings,
 * not errors: a JPA build that never wanted relate's helpers must still compile.
 */
public final class SharedMappedByRule {
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;

    public SharedMappedByRule(DeclarationReader declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /** Checks the mappings declared in one class of the build. */
    public void check(TypeElement type) {
        for (SharedMappedBy found : declarations.sharedMappedBy(type)) {
            List<String> others = new ArrayList<>();
            for (VariableElement other : found.others()) {
                others.add(DisplayNames.display(other));
            }
            String field = DisplayNames.display(found.field());
            String owning = DisplayNames.display(found.owning());
            String otherList = String.join(", ", others);
            diagnostics.warning(found.site(), Message.MAPPED_BY_TWICE, field, otherList, owning,
                    Message.Part.MAPPED_BY_TWICE_LEFT.format(owning, otherList, field));
        }
        for (SuperclassMappedBy found : declarations.superclassMappedBy(type)) {
            diagnostics.warning(found.site(), Message.MAPPED_BY_SUPERCLASS, DisplayNames.display(found.field()),
                    DisplayNames.display(found.owning()), DisplayNames.simpleName(found.held()),
                    DisplayNames.simpleName(type));
        }
    }
}
