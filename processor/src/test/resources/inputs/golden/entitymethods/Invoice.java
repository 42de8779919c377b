package golden.entitymethods;

import dev.relate.ManyToOneRel;

public class Invoice {
    @ManyToOneRel(backPopulates = "invoice")
    Order order;
}
