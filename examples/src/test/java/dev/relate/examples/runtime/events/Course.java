package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.List;

/** A many-to-many end with a validator and a listener; the other end, {@code Student.courses}, has a listener. */
class Course {
    final String name;
    final Recorder recorder;
    @ManyToManyRel(backPopulates = "courses")
    List<Student> students = new ArrayList<>();

    Course(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @Validates("students")
    void checkStudent(Student student, boolean linking) {
        recorder.validate(this, student, linking);
    }

    @OnChange("students")
    void studentsChanged(Student student, boolean linked) {
        recorder.changed(this, student, linked,
                students.contains(student) == linked && student.courses.contains(this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
