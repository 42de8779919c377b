package golden.manytomany;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;

@jakarta.persistence.Table(name = "left_table")
public class Parent {
    @Id
    long id;

    @ManyToManyRel(secondary = "association", backPopulates = "parents")
    Set<Child> children = new HashSet<>();
}
