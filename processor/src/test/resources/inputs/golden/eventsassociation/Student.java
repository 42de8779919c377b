package golden.eventsassociation;

import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

public class Student {
    @OneToManyRel(backPopulates = "student", position = "rank")
    List<Enrollment> enrollments = new ArrayList<>();

    @Validates("enrollments")
    void checkEnrollment(Enrollment enrollment, boolean linking) {
    }

    @OnChange("enrollments")
    void enrollmentsChanged(Enrollment enrollment, boolean linked) {
    }
}
