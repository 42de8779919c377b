package dev.relate.examples.runtime.manytomany;

import java.util.Set;
import java.util.UUID;

/** No table of its own (so no foreign key to it); a {@code UUID} id marked {@code @Id}; its end starts null. */
class Course {
    @Id
    final UUID code;

    Set<Student> students;

    Course(UUID code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return "Course#" + code;
    }
}
