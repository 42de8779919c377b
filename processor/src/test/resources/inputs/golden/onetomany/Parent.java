package golden.onetomany;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Parent {
    @OneToManyRel(backPopulates = "parent")
    List<Child> children = new ArrayList<>();
}
