package dev.relate.examples.association.unique;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class Student {
    final int id;
    final String name;

    @OneToManyRel(backPopulates = "student")
    List<Enrollment> enrollments = new ArrayList<>();

    public Student(int id, String name) {
        this.id = id;
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
