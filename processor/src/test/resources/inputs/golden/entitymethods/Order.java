package golden.entitymethods;

import dev.relate.ManyToManyRel;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

public class Order implements OrderRelated {
    @ManyToOneRel(backPopulates = "orders")
    Customer customer;

    @OneToManyRel(backPopulates = "order")
    List<Line> lines = new ArrayList<>();

    @ManyToManyRel(backPopulates = "orders")
    Set<Tag> tags = new LinkedHashSet<>();

    @OneToManyRel(uselist = false, backPopulates = "order")
    Invoice invoice;

    @ManyToOneRel
    Warehouse warehouse;
}
