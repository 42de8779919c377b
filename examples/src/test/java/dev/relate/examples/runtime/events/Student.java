package dev.relate.examples.runtime.events;

import dev.relate.ManyToManyRel;
import dev.relate.OnChange;
import java.util.LinkedHashSet;
import java.util.Set;

class Student {
    final String name;
    final Recorder recorder;
    @ManyToManyRel(backPopulates = "students")
    Set<Course> courses = new LinkedHashSet<>();

    Student(String name, Recorder recorder) {
        this.name = name;
        this.recorder = recorder;
    }

    @OnChange("courses")
    void coursesChanged(Course course, boolean linked) {
        recorder.changed(this, course, linked,
                courses.contains(course) == linked && course.students.contains(this) == linked);
    }

    @Override
    public String toString() {
        return name;
    }
}
