package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import dev.relate.OneToOneRel;
import java.util.List;

public class ErroneousOneToOneAssociationEnd {
    static class Student {
        @OneToOneRel(mappedBy = "student")
        Enrolment enrolment;
    }

    static class Course {
        @OneToManyRel(backPopulates = "course")
        List<Enrolment> enrolments;
    }

    @AssociationObject
    static class Enrolment {
        @ManyToOneRel(backPopulates = "enrolment")
        Student student;

        @ManyToOneRel(backPopulates = "enrolments")
        Course course;
    }
}
