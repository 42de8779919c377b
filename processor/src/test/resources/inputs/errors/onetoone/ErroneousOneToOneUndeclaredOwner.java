package test.errors;

import dev.relate.OneToOneRel;

public class ErroneousOneToOneUndeclaredOwner {
    static class Person {
        @OneToOneRel(mappedBy = "person")
        Passport passport;
    }

    static class Passport {
        Person person;
    }
}
