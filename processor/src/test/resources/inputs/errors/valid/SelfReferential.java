package test.valid;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** A tree: one class holds both ends of the same relationship. */
public class SelfReferential {
    @ManyToOneRel(backPopulates = "children")
    SelfReferential parent;

    @OneToManyRel(backPopulates = "parent")
    List<SelfReferential> children = new ArrayList<>();
}
