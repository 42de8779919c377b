package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousNestedHelpersClash {
    static class Node {
        @ManyToOneRel
        Node next;
    }
}

class ErroneousNestedHelpersClash_Node {
    @ManyToOneRel
    ErroneousNestedHelpersClash_Node next;
}
