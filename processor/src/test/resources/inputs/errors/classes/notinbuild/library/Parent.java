package test.errors;

import dev.relate.OneToManyRel;
import java.util.List;

/** Compiled first, into a library that the erroneous inputs are compiled against. */
public class Parent {
    @OneToManyRel(backPopulates = "parent")
    List<ErroneousOtherEndNotInBuild> children;
}
