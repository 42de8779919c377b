package test.errors;

import dev.relate.ManyToOneRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousEnumBackrefTarget {
    enum Color {
        RED;

        List<Thing> things = new ArrayList<>();
    }

    static class Thing {
        @ManyToOneRel(backref = "things")
        Color color;
    }
}
