package dev.relate.examples.association.unique;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Course {
    final int id;
    final String title;

    @OneToManyRel(backPopulates = "course")
    List<Enrollment> enrollments = new ArrayList<>();

    public Course(int id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
