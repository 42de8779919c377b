package dev.relate.benchmarks.arraylist;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right side of the association object {@link Enrollment}. */
public class Course {
    @OneToManyRel(backPopulates = "course")
    List<Enrollment> enrollments = new ArrayList<>();
}
