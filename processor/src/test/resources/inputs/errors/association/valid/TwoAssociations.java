package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * Two association classes between the same two classes, one of them an inner class, which
 * generated code cannot create.
 */
public class TwoAssociations {
    public static class Student {
        @OneToManyRel(backPopulates = "student")
        List<Enrollment> enrollments = new ArrayList<>();

        @OneToManyRel(backPopulates = "student")
        List<Grade> grades = new ArrayList<>();
    }

    public static class Course {
        @OneToManyRel(backPopulates = "course")
        List<Enrollment> enrollments = new ArrayList<>();

        @OneToManyRel(backPopulates = "course")
        List<Grade> grades = new ArrayList<>();
    }

    @AssociationObject
    public static class Enrollment {
        @ManyToOneRel(backPopulates = "enrollments")
        Student student;

        @ManyToOneRel(backPopulates = "enrollments")
        Course course;
    }

    @AssociationObject
    public class Grade {
        @ManyToOneRel(backPopulates = "grades")
        Student student;

        @ManyToOneRel(backPopulates = "grades")
        Course course;

        int points;
    }
}
