package dev.relate.examples.runtime.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** An entity with its own table and a {@code String} id read through its getter; it declares the backref. */
@jakarta.persistence.Table(name = "mm_student")
class Student {
    private final String id;

    @ManyToManyRel(secondary = "mm_enrollment", backref = "students", leftColumn = "student_id",
            rightColumn = "course_code")
    List<Course> courses = new ArrayList<>();

    Student(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @Override
    public String toString() {
        return "Student#" + id;
    }
}
