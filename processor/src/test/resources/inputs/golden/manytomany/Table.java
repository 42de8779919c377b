package golden.manytomany;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands for jakarta.persistence.Table: relate reads any annotation named Table. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Table {
    String name();
}
