package golden.accessors;

import dev.relate.ManyToOneRel;

public class Line {
    @ManyToOneRel(backPopulates = "lines")
    private Order order;

    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order;
    }
}
