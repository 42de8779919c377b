package golden.entitymethods;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

public class Tag {
    @ManyToManyRel(backPopulates = "tags")
    Set<Order> orders = new LinkedHashSet<>();
}
