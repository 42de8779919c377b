package golden.associationunique;

import dev.relate.OneToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

public class Course {
    long id;

    @OneToManyRel(backPopulates = "course")
    Set<Enrollment> enrollments = new LinkedHashSet<>();
}
