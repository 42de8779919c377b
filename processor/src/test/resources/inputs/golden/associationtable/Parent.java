package golden.associationtable;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Parent {
    int id;

    @OneToManyRel(backPopulates = "parent")
    List<Association> children = new ArrayList<>();
}
