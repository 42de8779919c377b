package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousAcyclicOneWay {
    static class Node {
        @OneToManyRel(acyclic = true)
        List<Node> children;
    }
}
