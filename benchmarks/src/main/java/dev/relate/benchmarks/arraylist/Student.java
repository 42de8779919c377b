package dev.relate.benchmarks.arraylist;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The left side of the association object {@link Enrollment}, on {@code ArrayList}s.
 * {@link #addCourse} and {@link #removeCourse} are the hand-written helpers, after the Hibernate user
 * guide's {@code addAddress}/{@code removeAddress} with a link entity. The guide finds the link to
 * remove by {@code equals} on a new link object; relate links by identity, so the hand-written
 * helper finds it by identity among the course's enrollments, the smaller side here, as
 * {@code EnrollmentRelations.unlink} searches the smaller side.
 */
public class Student {
    @OneToManyRel(backPopulates = "student")
    List<Enrollment> enrollments = new ArrayList<>();

    public Enrollment addCourse(Course course) {
        Enrollment enrollment = new Enrollment(this, course);
        enrollments.add(enrollment);
        course.enrollments.add(enrollment);
        return enrollment;
    }

    public void removeCourse(Course course) {
        for (Iterator<Enrollment> it = course.enrollments.iterator(); it.hasNext(); ) {
            Enrollment enrollment = it.next();
            if (enrollment.student == this) {
                it.remove();
                enrollments.remove(enrollment);
                enrollment.student = null;
                enrollment.course = null;
                return;
            }
        }
    }
}
