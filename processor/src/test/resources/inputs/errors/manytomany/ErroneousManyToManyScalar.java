package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousManyToManyScalar {
    static class Course {
        int id;

        @ManyToManyRel(secondary = "scalar_enrollment", backPopulates = "course")
        Set<Student> students;
    }

    static class Student {
        int id;

        @ManyToManyRel(secondary = "scalar_enrollment", backPopulates = "students")
        Course course;
    }
}
