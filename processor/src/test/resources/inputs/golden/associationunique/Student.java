package golden.associationunique;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Student {
    int id;

    @OneToManyRel(backPopulates = "student")
    private List<Enrollment> enrollments = new ArrayList<>();

    public List<Enrollment> getEnrollments() {
        return enrollments;
    }

    public void setEnrollments(List<Enrollment> enrollments) {
        this.enrollments = enrollments;
    }
}
