package test.errors.a;

import dev.relate.ManyToManyRel;
import java.util.Set;
import test.errors.b.Topic;

public class ErroneousIdInOtherPackage {
    int id;

    @ManyToManyRel(secondary = "other_package")
    Set<Topic> topics;
}
