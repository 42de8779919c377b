package test.errors;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousHelperNameClash {
    static class Node {
        @OneToManyRel List<Node> a_b = new ArrayList<>();

        @OneToManyRel List<Node> A_b = new ArrayList<>();
    }
}
