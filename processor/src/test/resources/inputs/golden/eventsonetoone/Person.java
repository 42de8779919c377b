package golden.eventsonetoone;

import dev.relate.OnChange;
import dev.relate.OneToOneRel;
import dev.relate.Validates;

public class Person {
    @OneToOneRel(mappedBy = "holder")
    Passport passport;

    @Validates("passport")
    void checkPassport(Passport passport, boolean linking) {
    }

    @OnChange("passport")
    void passportChanged(Passport passport, boolean linked) {
    }
}
