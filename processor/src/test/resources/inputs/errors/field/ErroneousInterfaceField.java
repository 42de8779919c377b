package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousInterfaceField {
    static class Parent {
    }

    interface Child {
        @ManyToOneRel
        Parent PARENT = null;
    }
}
