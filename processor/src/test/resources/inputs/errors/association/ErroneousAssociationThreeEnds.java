package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationThreeEnds {
    static class Student {
        @OneToManyRel(backPopulates = "student")
        List<Enrollment> enrollments = new ArrayList<>();
    }

    static class Course {
        @OneToManyRel(backPopulates = "course")
        List<Enrollment> enrollments = new ArrayList<>();
    }

    static class Teacher {
        @OneToManyRel(backPopulates = "teacher")
        List<Enrollment> enrollments = new ArrayList<>();
    }

    @AssociationObject
    static class Enrollment {
        @ManyToOneRel(backPopulates = "enrollments")
        Student student;

        @ManyToOneRel(backPopulates = "enrollments")
        Course course;

        @ManyToOneRel(backPopulates = "enrollments")
        Teacher teacher;

        String grade;
    }
}
