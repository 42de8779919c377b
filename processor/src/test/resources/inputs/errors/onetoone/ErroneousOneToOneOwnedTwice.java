package test.errors;

import dev.relate.OneToOneRel;

public class ErroneousOneToOneOwnedTwice {
    static class Person {
        @OneToOneRel(backPopulates = "person")
        Passport passport;
    }

    static class Passport {
        @OneToOneRel(backPopulates = "passport")
        Person person;
    }
}
