package test.errors;

import dev.relate.OneToOneRel;

public class ErroneousOneToOneBothRoles {
    static class Person {
        @OneToOneRel(backPopulates = "person", mappedBy = "person")
        Passport passport;
    }

    static class Passport {
        @OneToOneRel(mappedBy = "passport")
        Person person;
    }
}
