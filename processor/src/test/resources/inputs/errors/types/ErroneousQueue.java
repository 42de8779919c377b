package test.errors;

import dev.relate.OneToManyRel;
import java.util.Queue;

public class ErroneousQueue {
    static class Parent {
        @OneToManyRel
        Queue<Child> children;
    }

    static class Child {
    }
}
