package dev.relate.examples.association.unique;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/** An enrollment links a student and a course at most once, as the primary key of its table does. */
@AssociationObject(table = "enrollment", leftColumn = "student_id", rightColumn = "course_id", unique = true)
public class Enrollment {
    @ManyToOneRel(backPopulates = "enrollments")
    Student student;

    @ManyToOneRel(backPopulates = "enrollments")
    Course course;

    String grade;

    public Enrollment() {
    }

    public Enrollment(String grade) {
        this.grade = grade;
    }

    @Override
    public String toString() {
        return "Enrollment(" + grade + ")";
    }
}
