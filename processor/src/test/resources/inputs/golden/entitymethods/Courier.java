package golden.entitymethods;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Courier {
    @OneToManyRel(backPopulates = "courier")
    List<RushOrder> rushOrders = new ArrayList<>();
}
