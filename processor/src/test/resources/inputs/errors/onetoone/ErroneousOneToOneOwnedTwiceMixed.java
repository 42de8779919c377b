package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToOneRel;

public class ErroneousOneToOneOwnedTwiceMixed {
    static class Person {
        @ManyToOneRel(backPopulates = "person")
        Passport passport;
    }

    static class Passport {
        @OneToOneRel(backPopulates = "passport")
        Person person;
    }
}
