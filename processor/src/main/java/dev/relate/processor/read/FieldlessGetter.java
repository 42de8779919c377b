package dev.relate.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * A getter carrying a JPA relationship mapping whose class has no field of the property's name.
 * relate keeps fields in sync, and which field the getter reads is in its body, so such a mapping
 * would be left unread.
 *
 * @param getter the getter, {@code getSales()}
 * @param property the property it maps, {@code sales}
 * @param mapping the simple name of the mapping, {@code OneToMany}
 * @param site where to report it: the getter, or the entity that inherits it from a mapped superclass
 */
public record FieldlessGetter(ExecutableElement getter, String property, String mapping, Element site) {
}
