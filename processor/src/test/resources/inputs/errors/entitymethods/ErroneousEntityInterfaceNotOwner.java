package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEntityInterfaceNotOwner {
    public static class Parent {
        @OneToManyRel(backPopulates = "parent")
        List<Child> children = new ArrayList<>();
    }

    public static class Child implements ErroneousEntityInterfaceNotOwner_ChildRelated {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;
    }

    public static class Stranger implements ErroneousEntityInterfaceNotOwner_ChildRelated {
    }

    public static class SpecialChild extends Child implements ErroneousEntityInterfaceNotOwner_ChildRelated {
    }
}
