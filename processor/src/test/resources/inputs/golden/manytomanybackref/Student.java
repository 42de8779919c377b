package golden.manytomanybackref;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Student {
    private final String id;

    @ManyToManyRel(secondary = "enrollment", backref = "students", leftColumn = "student_id",
            rightColumn = "course_id")
    List<Course> courses = new ArrayList<>();

    public Student(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }
}
