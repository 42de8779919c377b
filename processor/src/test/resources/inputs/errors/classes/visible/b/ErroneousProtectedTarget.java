package test.errors.b;

import dev.relate.OneToManyRel;
import java.util.List;
import test.errors.a.Base;

public class ErroneousProtectedTarget extends Base {
    @OneToManyRel(backPopulates = "parent")
    public List<Child> children;
}
