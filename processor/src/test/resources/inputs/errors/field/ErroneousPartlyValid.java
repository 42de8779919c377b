package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousPartlyValid {
    static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children = new ArrayList<>();

        @OneToManyRel(uselist = false, backref = "favouriteOf")
        Child favourite;
    }

    static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }

    static class Visitor {
        @ManyToOneRel
        Parent visited;
    }
}
