package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * An association object held in lists on both sides, with extra data and a constructor without
 * parameters, so relate can create it ({@code link(student, course)}, adding through a navigation view).
 */
@AssociationObject
class Enrollment extends Entity {
    @ManyToOneRel(backPopulates = "enrollments")
    Student student;

    @ManyToOneRel(backPopulates = "enrollments")
    Course course;

    String grade;

    Enrollment() {
    }

    Enrollment(String grade) {
        this.grade = grade;
    }
}
