package golden.onetoone;

import dev.relate.OneToManyRel;

public class Parent {
    @OneToManyRel(uselist = false, backPopulates = "parent")
    Child child;
}
