package test.valid.association.school;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;
import test.valid.association.records.Enrollment;

public class Student {
    @OneToManyRel(backPopulates = "student")
    public List<Enrollment> enrollments = new ArrayList<>();
}
