package golden.eventsassociation;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OnChange;

@AssociationObject(unique = true)
public class Enrollment {
    @ManyToOneRel(backPopulates = "enrollments")
    Student student;

    @ManyToOneRel(backPopulates = "enrollments")
    Course course;

    int rank;

    @OnChange("course")
    void courseChanged(Course course, boolean linked) {
    }
}
