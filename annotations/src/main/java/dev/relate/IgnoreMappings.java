package dev.relate;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Tells relate to read no JPA mapping here: on a class, none of its fields' {@code @OneToMany},
 * {@code @ManyToOne}, {@code @OneToOne} or {@code @ManyToMany} (jakarta or javax) gives helpers; on a
 * field or its getter, that one does not.
 *
 * <p>relate reads JPA's relationship mappings as if they were its own annotations: a
 * {@code @OneToMany(mappedBy = "customer")} with its {@code @ManyToOne} gives the helpers that
 * {@code @OneToManyRel(backPopulates = "customer")} and {@code @ManyToOneRel(backPopulates = "orders")}
 * give. A relationship whose two ends relate should not keep in sync is left out with this
 * annotation on either end; relate then treats the other end as a one-way relationship. The processor
 * option {@code -Arelate.jpa=false} turns the reading of JPA mappings off for the whole build. relate's
 * own annotations on a field are read whatever this says.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface IgnoreMappings {
}
