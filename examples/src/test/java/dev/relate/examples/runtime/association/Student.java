package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** The left side of {@link Enrollment}: a list of associations, created with the object. */
class Student extends Entity {
    @OneToManyRel(backPopulates = "student")
    List<Enrollment> enrollments = new ArrayList<>();
}
