package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;

public class ErroneousFinalOneToOne {
    static class Parent {
        @OneToManyRel(uselist = false, backPopulates = "parent")
        final Child child;

        Parent(Child child) {
            this.child = child;
        }
    }

    static class Child {
        @ManyToOneRel(backPopulates = "child")
        Parent parent;
    }
}
