package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * An association object held in sets, whose only constructor takes its extra data: relate cannot
 * create one, so there is no {@code link(order, product)} and adding through a navigation view throws.
 */
@AssociationObject
class LineItem extends Entity {
    @ManyToOneRel(backPopulates = "lines")
    Order order;

    @ManyToOneRel(backPopulates = "orderLines")
    Product product;

    int quantity;

    LineItem(int quantity) {
        this.quantity = quantity;
    }
}
