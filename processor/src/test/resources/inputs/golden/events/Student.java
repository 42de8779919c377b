package golden.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.ArrayList;
import java.util.List;

public class Student {
    @ManyToManyRel(backPopulates = "students")
    List<Course> courses = new ArrayList<>();

    @OnChange("courses")
    void coursesChanged(Course course, boolean linked) {
    }
}
