package golden.tree;

import dev.relate.ManyToOneRel;
import java.util.LinkedHashSet;
import java.util.Set;

/** A category tree declared from the scalar end, with backref. */
public class Category {
    @ManyToOneRel(backref = "subcategories", acyclic = true)
    Category parent;

    Set<Category> subcategories = new LinkedHashSet<>();
}
