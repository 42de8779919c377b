package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousBackrefTargetFinal {
    static class Passport {
        final Person holder = null;
    }

    static class Person {
        @ManyToOneRel(backref = "holder")
        Passport passport;
    }
}
