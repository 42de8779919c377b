package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;

public class ErroneousEventOneToOne {
    static class Person {
        @OneToManyRel(uselist = false, backPopulates = "person")
        Passport passport;

        @OnChange("passport")
        void passportChanged(Passport passport, boolean linked) {
        }
    }

    static class Passport {
        @ManyToOneRel(backPopulates = "passport")
        Person person;
    }
}
