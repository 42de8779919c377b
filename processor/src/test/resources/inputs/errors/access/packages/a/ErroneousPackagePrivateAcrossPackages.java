package test.errors.a;

import dev.relate.ManyToOneRel;
import test.errors.b.Parent;

public class ErroneousPackagePrivateAcrossPackages {
    @ManyToOneRel(backPopulates = "children")
    public Parent parent;
}
