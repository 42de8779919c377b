package golden.eventsonetoone;

import dev.relate.OneToManyRel;

public class Desk {
    @OneToManyRel(uselist = false, backPopulates = "desk")
    Chair chair;
}
