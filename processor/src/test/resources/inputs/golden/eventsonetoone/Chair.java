package golden.eventsonetoone;

import dev.relate.ManyToOneRel;
import dev.relate.Validates;

public class Chair {
    @ManyToOneRel(backPopulates = "chair")
    Desk desk;

    @Validates("desk")
    void checkDesk(Desk desk, boolean linking) {
    }
}
