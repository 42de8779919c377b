package golden.onetoone;

import dev.relate.ManyToOneRel;

public class Child {
    @ManyToOneRel(backPopulates = "child")
    Parent parent;
}
