package test.errors;

import dev.relate.OneToManyRel;

public class ErroneousSelfBackref {
    static class Person {
        @OneToManyRel(uselist = false, backref = "spouse")
        Person spouse;
    }
}
