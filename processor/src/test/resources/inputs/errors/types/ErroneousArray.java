package test.errors;

import dev.relate.OneToManyRel;

public class ErroneousArray {
    static class Parent {
        @OneToManyRel
        Child[] children;
    }

    static class Child {
    }
}
