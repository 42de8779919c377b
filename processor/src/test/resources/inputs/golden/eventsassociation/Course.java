package golden.eventsassociation;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.LinkedHashSet;
import java.util.Set;

public class Course {
    @OneToManyRel(backPopulates = "course")
    Set<Enrollment> enrollments = new LinkedHashSet<>();

    @Validates("enrollments")
    void checkEnrollment(Enrollment enrollment, boolean linking) {
    }
}
