package dev.relate.runtime;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that relate wrote (a {@code <Class>Related} entity interface) with the hash of
 * its text, as a {@code RELATE_FINGERPRINT} constant marks a generated class. An interface's constant
 * would be inherited by the entity that implements it; an annotation on an interface is not (not even
 * one meta-annotated {@code @Inherited}, which applies to superclasses only), and this one stays in the
 * class file only, where relate reads it when the interface is found there: an Eclipse build that
 * compiles the entity alone finds the interface an earlier build wrote, and the hash says whether it
 * is what relate would write now. Generated code only.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface RelateFingerprint {
    /** The hash of the interface's text, 16 hex digits. */
    String value();
}
