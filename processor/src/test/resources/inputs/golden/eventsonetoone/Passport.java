package golden.eventsonetoone;

import dev.relate.OnChange;
import dev.relate.OneToOneRel;

public class Passport {
    @OneToOneRel(backPopulates = "passport")
    Person holder;

    @OnChange("holder")
    void holderChanged(Person holder, boolean linked) {
    }
}
