package dev.relate.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * A JPA mapping of a subclass whose {@code mappedBy} names a field holding its superclass
 * ({@code BigShop.sales}, mapped by {@code Sale.shop}, a {@code Shop}), none of the two under
 * relate's annotations: valid JPA, but that field's other end would be in a class it does not hold,
 * so relate does not read the mapping and leaves it to JPA.
 *
 * @param site the field or getter carrying the mapping
 * @param field the field it maps, {@code BigShop.sales}
 * @param owning the field it is mapped by, {@code Sale.shop}
 * @param held the class that field holds, {@code Shop}
 */
public record SuperclassMappedBy(Element site, VariableElement field, VariableElement owning, TypeElement held) {
}
