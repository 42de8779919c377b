package dev.relate.benchmarks.hashset;

import dev.relate.OneToManyRel;
import java.util.HashSet;
import java.util.Set;

/** The right side of the association object {@link Enrollment}. */
public class Course {
    @OneToManyRel(backPopulates = "course")
    Set<Enrollment> enrollments = new HashSet<>();
}
