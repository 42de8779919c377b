package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

public class ErroneousPositionOneWay {
    static class Parent {
        @OneToManyRel(position = "rank")
        List<Child> children;
    }

    static class Child {
        int rank;
    }
}
