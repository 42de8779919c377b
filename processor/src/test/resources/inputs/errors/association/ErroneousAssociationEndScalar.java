package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationEndScalar {
    static class Employee {
        @OneToManyRel(uselist = false, backPopulates = "employee")
        Assignment assignment;
    }

    static class Project {
        @OneToManyRel(backPopulates = "project")
        List<Assignment> assignments = new ArrayList<>();
    }

    @AssociationObject
    static class Assignment {
        @ManyToOneRel(backPopulates = "assignment")
        Employee employee;

        @ManyToOneRel(backPopulates = "assignments")
        Project project;

        int hours;
    }
}
