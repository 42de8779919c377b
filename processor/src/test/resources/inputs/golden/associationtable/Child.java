package golden.associationtable;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

public class Child {
    long id;

    @OneToManyRel(backPopulates = "child")
    Set<Association> parents = new LinkedHashSet<>();
}
