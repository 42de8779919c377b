package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousSelfInverse {
    static class Node {
        @OneToManyRel(backPopulates = "children")
        List<Node> children;
    }
}
