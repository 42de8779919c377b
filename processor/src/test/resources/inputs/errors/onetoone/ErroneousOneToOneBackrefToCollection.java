package test.errors;

import dev.relate.OneToOneRel;
import java.util.List;

public class ErroneousOneToOneBackrefToCollection {
    static class Person {
        @OneToOneRel(backref = "people")
        Passport passport;
    }

    static class Passport {
        List<Person> people;
    }
}
