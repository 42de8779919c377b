package test.errors;

import dev.relate.OneToOneRel;

public class ErroneousOneToOneMappedTwice {
    static class Person {
        @OneToOneRel(mappedBy = "person")
        Passport passport;
    }

    static class Passport {
        @OneToOneRel(mappedBy = "passport")
        Person person;
    }
}
