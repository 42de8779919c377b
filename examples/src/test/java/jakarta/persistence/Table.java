package jakarta.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stands for JPA's {@code @Table} in this module, which has no JPA on its class path: relate reads an
 * entity's table from {@code jakarta.persistence.Table} (or javax's) by name, and from no other
 * annotation named {@code Table}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {
    String name() default "";

    String schema() default "";

    String catalog() default "";
}
