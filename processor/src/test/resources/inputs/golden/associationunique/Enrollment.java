package golden.associationunique;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

@AssociationObject(table = "enrollment", unique = true)
public class Enrollment {
    @ManyToOneRel(backPopulates = "enrollments")
    Student student;

    @ManyToOneRel(backPopulates = "enrollments")
    Course course;

    String grade;
}
