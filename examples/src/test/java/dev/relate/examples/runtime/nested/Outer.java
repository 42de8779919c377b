package dev.relate.examples.runtime.nested;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Relationships between a class and its nested classes, and between two levels of nesting. */
class Outer extends Entity {
    @OneToManyRel(backPopulates = "outer")
    List<Inner> inners = new ArrayList<>();

    /** Its helpers are {@code Outer_InnerRelations}. */
    static class Inner extends Entity {
        @ManyToOneRel(backPopulates = "inners")
        Outer outer;

        @OneToManyRel(uselist = false, backPopulates = "inner")
        Deep deep;

        /** Its helpers are {@code Outer_Inner_DeepRelations}. */
        static class Deep extends Entity {
            @ManyToOneRel(backPopulates = "deep")
            Inner inner;
        }
    }
}
