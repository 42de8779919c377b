package golden.entitymethods;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Does not implement CustomerRelated: relate writes none for it. */
public class Customer {
    @OneToManyRel(backPopulates = "customer")
    List<Order> orders = new ArrayList<>();
}
