package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousOtherEndNotInBuild {
    @ManyToOneRel(backPopulates = "children")
    Parent parent;
}
