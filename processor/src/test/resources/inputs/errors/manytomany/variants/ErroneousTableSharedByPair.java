package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousTableSharedByPair {
    static class Course {
        int id;

        @ManyToManyRel(secondary = "pair_enrollment", backPopulates = "courses")
        Set<Student> students;

        @ManyToManyRel(secondary = "pair_enrollment")
        Set<Student> alumni;
    }

    static class Student {
        int id;

        @ManyToManyRel(secondary = "pair_enrollment", backPopulates = "students")
        Set<Course> courses;
    }
}
