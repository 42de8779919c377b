package test.errors;

import dev.relate.OneToManyRel;
import java.util.Collection;
import java.util.List;

public class ErroneousGetterOfWrongType {
    static class Parent {
        @OneToManyRel
        private List<Child> children;

        Collection<Child> getChildren() {
            return children;
        }
    }

    static class Child {
    }
}
