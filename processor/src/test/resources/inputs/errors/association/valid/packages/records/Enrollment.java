package test.valid.association.records;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import test.valid.association.school.Course;
import test.valid.association.school.Student;

@AssociationObject
public class Enrollment {
    @ManyToOneRel(backPopulates = "enrollments")
    public Student student;

    @ManyToOneRel(backPopulates = "enrollments")
    public Course course;

    String grade;
}
