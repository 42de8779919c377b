package test.valid;

import dev.relate.Backref;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** backref names a plain field and a field marked @Backref; relate manages both from the declaring side. */
public class BackrefToPlainField {
    public static class Parent {
        @OneToManyRel(backref = "parent")
        List<Child> children = new ArrayList<>();

        @OneToManyRel(uselist = false, backref = "favouriteOf")
        Child favourite;
    }

    public static class Child {
        Parent parent;

        @Backref
        Parent favouriteOf;
    }
}
