package golden.manytomany;

import dev.relate.ManyToManyRel;
import java.util.Set;

@jakarta.persistence.Table(name = "right_table")
public class Child {
    @Id
    long id;

    @ManyToManyRel(secondary = "association", backPopulates = "children")
    Set<Parent> parents;
}
