package test.valid.association.school;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.valid.association.records.Enrollment;

public class Course {
    @OneToManyRel(backPopulates = "course")
    public List<Enrollment> enrollments = new ArrayList<>();
}
