package golden.association;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Parent {
    @OneToManyRel(backPopulates = "parent")
    List<Association> children = new ArrayList<>();
}
