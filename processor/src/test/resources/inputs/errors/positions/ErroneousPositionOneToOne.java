package test.errors;

import dev.relate.OneToManyRel;
import dev.relate.ManyToOneRel;

public class ErroneousPositionOneToOne {
    static class Person {
        @OneToManyRel(backPopulates = "person", uselist = false, position = "rank")
        Passport passport;
    }

    static class Passport {
        @ManyToOneRel(backPopulates = "passport")
        Person person;

        int rank;
    }
}
