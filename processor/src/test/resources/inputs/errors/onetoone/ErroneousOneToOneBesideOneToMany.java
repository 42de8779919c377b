package test.errors;

import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;

public class ErroneousOneToOneBesideOneToMany {
    static class Person {
        @OneToManyRel(uselist = false, backPopulates = "person")
        @OneToOneRel(mappedBy = "person")
        Passport passport;
    }

    static class Passport {
        @OneToOneRel(backPopulates = "passport")
        Person person;
    }
}
