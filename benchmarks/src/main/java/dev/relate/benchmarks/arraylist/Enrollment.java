package dev.relate.benchmarks.arraylist;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An association object linking a {@link Student} and a {@link Course}, with extra data. */
@AssociationObject
public class Enrollment {
    @ManyToOneRel(backPopulates = "enrollments")
    Student student;

    @ManyToOneRel(backPopulates = "enrollments")
    Course course;

    int grade;

    public Enrollment() {
    }

    /** The hand-written helpers' constructor, as the Hibernate user guide's link entity has one. */
    Enrollment(Student student, Course course) {
        this.student = student;
        this.course = course;
    }
}
