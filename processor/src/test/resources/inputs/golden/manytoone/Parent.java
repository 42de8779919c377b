package golden.manytoone;

import dev.relate.ManyToOneRel;

public class Parent {
    @ManyToOneRel(backref = "parents")
    Child child;
}
