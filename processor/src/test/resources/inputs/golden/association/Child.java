package golden.association;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Child {
    @OneToManyRel(backPopulates = "child")
    List<Association> parents = new ArrayList<>();
}
