package dev.relate.examples.runtime.association.stored;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stands for jakarta.persistence.Column: relate reads length, precision and scale of any annotation named Column. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@interface Column {
    int length() default 255;

    int precision() default 0;

    int scale() default 0;
}
