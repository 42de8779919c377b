package golden.events;

import dev.relate.ManyToManyRel;
import dev.relate.Validates;
import java.util.HashSet;
import java.util.Set;

public class Course {
    @ManyToManyRel(backPopulates = "courses")
    Set<Student> students = new HashSet<>();

    @Validates("students")
    public void checkStudent(Student student, boolean linking) {
    }
}
