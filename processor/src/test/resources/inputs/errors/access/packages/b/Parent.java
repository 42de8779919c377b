package test.errors.b;

import dev.relate.OneToManyRel;
import java.util.List;
import test.errors.a.ErroneousPackagePrivateAcrossPackages;

public class Parent {
    @OneToManyRel(backPopulates = "parent")
    List<ErroneousPackagePrivateAcrossPackages> children;
}
