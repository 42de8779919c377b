package golden.entitymethods;

import dev.relate.ManyToOneRel;

/** Inherits the ends of Order, and its interface: RushOrderRelated extends OrderRelated. */
public class RushOrder extends Order implements RushOrderRelated {
    @ManyToOneRel(backPopulates = "rushOrders")
    Courier courier;
}
