package golden.manytomany;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Stands for jakarta.persistence.Id: relate reads any annotation named Id. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Id {
}
