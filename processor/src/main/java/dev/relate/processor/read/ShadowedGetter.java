package dev.relate.processor.read;

import javax.lang.model.element.ExecutableElement;

/**
 * A getter {@code isX()} carrying a JPA relationship mapping in a class that declares
 * {@code getX()} too, or returning no boolean: JPA's getter of a property that is no boolean (a
 * relationship never is) is {@code getX()}, so relate reads the property's mapping there, if any,
 * and this one is read by neither.
 *
 * @param getter the getter carrying the mapping, {@code isSales()}
 * @param property the property it maps, {@code sales}
 * @param mapping the simple name of the mapping, {@code OneToMany}
 * @param read the getter JPA and relate read, {@code getSales()}; null when the class declares none
 */
public record ShadowedGetter(ExecutableElement getter, String property, String mapping, ExecutableElement read) {
}
