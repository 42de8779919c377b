package test.valid;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Private ends reached through JavaBeans accessors: a collection needs a getter, a scalar a getter and a setter. */
public class PrivateFieldsWithAccessors {
    public static class Parent {
        @OneToManyRel(backPopulates = "parent")
        private List<Child> children = new ArrayList<>();

        public List<Child> getChildren() {
            return children;
        }
    }

    public static class Child {
        @ManyToOneRel(backPopulates = "children")
        private Parent parent;

        public Parent getParent() {
            return parent;
        }

        public void setParent(Parent parent) {
            this.parent = parent;
        }
    }
}
