package test.errors;

import dev.relate.ManyToOneRel;

public class ErroneousEndKindMismatchScalars {
    static class Husband {
        @ManyToOneRel(backPopulates = "husband")
        Wife wife;
    }

    static class Wife {
        @ManyToOneRel(backPopulates = "wife")
        Husband husband;
    }
}
