package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.List;

/** The right side of {@link Enrollment}: a list of associations left {@code null} until the first link. */
class Course extends Entity {
    @OneToManyRel(backPopulates = "course")
    List<Enrollment> enrollments;
}
