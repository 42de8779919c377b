package dev.relate.examples.runtime.twopackages.a;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import dev.relate.examples.runtime.twopackages.b.Staff;
import java.util.ArrayList;
import java.util.List;

/** Public fields, related to a class of another package. */
public class Department extends Entity {
    @OneToManyRel(backPopulates = "department")
    public List<Staff> staff = new ArrayList<>();

    @OneToManyRel(uselist = false, backPopulates = "headOf")
    public Staff head;
}
