package golden.onetomany;

import dev.relate.ManyToOneRel;

public class Child {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;
}
