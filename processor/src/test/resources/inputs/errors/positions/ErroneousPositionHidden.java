package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPositionHidden {
    public static class Parent {
        @OneToManyRel(backPopulates = "parent", position = "rank")
        List<Child> children;
    }

    public static class Child {
        @ManyToOneRel(backPopulates = "children")
        Parent parent;

        private int rank;

        public int getRank() {
            return rank;
        }
    }
}
