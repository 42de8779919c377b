package golden.entitymethods;

import dev.relate.ManyToOneRel;

class Line {
    @ManyToOneRel(backPopulates = "lines")
    Order order;
}
