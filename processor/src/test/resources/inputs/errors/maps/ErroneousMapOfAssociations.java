package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ErroneousMapOfAssociations {
    static class Student {
        @OneToManyRel(backPopulates = "student", key = "code")
        Map<String, Enrollment> enrollments = new HashMap<>();
    }

    static class Course {
        @OneToManyRel(backPopulates = "course")
        List<Enrollment> enrollments = new ArrayList<>();
    }

    @AssociationObject
    static class Enrollment {
        String code;

        @ManyToOneRel(backPopulates = "enrollments")
        Student student;

        @ManyToOneRel(backPopulates = "enrollments")
        Course course;
    }
}
