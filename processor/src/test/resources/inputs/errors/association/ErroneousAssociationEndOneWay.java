package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationEndOneWay {
    static class Order {
        @OneToManyRel(backPopulates = "order")
        List<OrderLine> lines = new ArrayList<>();
    }

    static class Item {
        List<OrderLine> orderLines = new ArrayList<>();
    }

    @AssociationObject
    static class OrderLine {
        @ManyToOneRel(backPopulates = "lines")
        Order order;

        @ManyToOneRel
        Item item;

        int quantity;
    }
}
