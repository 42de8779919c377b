package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;

public class ErroneousAcyclicOneToOne {
    static class Step {
        @OneToManyRel(backPopulates = "previous", uselist = false)
        Step next;

        @ManyToOneRel(backPopulates = "next", acyclic = true)
        Step previous;
    }
}
