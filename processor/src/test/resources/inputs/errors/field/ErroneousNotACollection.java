package test.errors;

import dev.relate.OneToManyRel;

public class ErroneousNotACollection {
    static class Parent {
        @OneToManyRel
        Child child;
    }

    static class Child {
    }
}
