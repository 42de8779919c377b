package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents that a field is the end that a {@code backref = "..."} declaration on another class
 * manages (the attribute SQLAlchemy's {@code backref=} installs). It is optional: a plain field
 * named by a backref is managed just the same. A {@code @Backref} field that no backref
 * declaration names is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Backref {
}
