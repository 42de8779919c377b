package golden.positions;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** An outline: a tree of sections, each numbered by its place among its siblings. */
public class Section {
    @OneToManyRel(backPopulates = "parent", acyclic = true, position = "number")
    List<Section> sections = new ArrayList<>();

    @ManyToOneRel(backPopulates = "sections")
    Section parent;

    int number = -1;
}
