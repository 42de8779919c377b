package test.errors;

import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import java.util.List;

public class ErroneousOneToOneWithCollection {
    static class Person {
        @OneToOneRel(mappedBy = "owner")
        Passport passport;
    }

    static class Passport {
        @OneToManyRel(backPopulates = "passport")
        List<Person> owner;
    }
}
