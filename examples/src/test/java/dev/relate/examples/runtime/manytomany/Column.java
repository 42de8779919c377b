package dev.relate.examples.runtime.manytomany;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Stands for jakarta.persistence.Column: relate reads the name of any annotation named Column on an id. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@interface Column {
    String name();
}
