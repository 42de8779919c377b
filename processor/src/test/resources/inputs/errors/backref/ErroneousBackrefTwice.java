package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousBackrefTwice {
    static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children;

        @OneToManyRel(backref = "parent")
        List<Child> favourites;
    }

    static class Child {
        Parent parent;
    }
}
