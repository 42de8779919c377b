package test.errors;

import dev.relate.OneToManyRel;
import java.util.ArrayDeque;

public class ErroneousDeque {
    static class Parent {
        @OneToManyRel
        ArrayDeque<Child> children;
    }

    static class Child {
    }
}
