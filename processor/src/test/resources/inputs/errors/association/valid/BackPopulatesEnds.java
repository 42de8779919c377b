package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The four ends declared with backPopulates, the collections of associations lists. */
public class BackPopulatesEnds {
    public static class Student {
        @OneToManyRel(backPopulates = "student")
        List<Enrollment> enrollments = new ArrayList<>();
    }

    public static class Course {
        @OneToManyRel(backPopulates = "course")
        List<Enrollment> enrollments = new ArrayList<>();
    }

    @AssociationObject
    public static class Enrollment {
        @ManyToOneRel(backPopulates = "enrollments")
        Student student;

        @ManyToOneRel(backPopulates = "enrollments")
        Course course;

        String grade;
    }
}
