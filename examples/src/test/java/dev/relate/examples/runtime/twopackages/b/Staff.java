package dev.relate.examples.runtime.twopackages.b;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;
import dev.relate.examples.runtime.twopackages.a.Department;

/** Private fields with public accessors, related to a class of another package. */
public class Staff extends Entity {
    @ManyToOneRel(backPopulates = "staff")
    private Department department;

    @ManyToOneRel(backPopulates = "head")
    private Department headOf;

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public Department getHeadOf() {
        return headOf;
    }

    public void setHeadOf(Department headOf) {
        this.headOf = headOf;
    }
}
