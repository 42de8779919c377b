package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Associations}: linking with a null object fails with a message before anything is done (no
 * association is created), and unlinking a pair removes exactly that pair's associations, reading only
 * the smaller of the two collections of associations.
 */
class AssociationsTest {
    private final Enrollments enrollments = new Enrollments(true);
    private final Student student = new Student("student");
    private final Course course = new Course("course");

    @Test
    void linkingANullObjectFailsBeforeAnAssociationIsCreated() {
        assertThat(assertThrows(NullPointerException.class, () -> enrollments.link(null, course)))
                .hasMessageThat().isEqualTo("[RelateNullArgument] the left object passed for Enrollment is null");
        assertThat(assertThrows(NullPointerException.class, () -> enrollments.link(student, null)))
                .hasMessageThat().isEqualTo("[RelateNullArgument] the right object passed for Enrollment is null");
        assertThat(assertThrows(NullPointerException.class, () -> enrollments.link(student, course, null)))
                .hasMessageThat().isEqualTo("[RelateNullArgument] the association passed for Enrollment is null");
        assertThat(enrollments.created).isEqualTo(0);
        assertThat(student.enrollments).isEmpty();
        assertThat(course.enrollments).isEmpty();
    }

    @Test
    void linkingANullObjectFailsAsSuchWhereNoAssociationCanBeCreated() {
        Enrollments withoutConstructor = new Enrollments(false);
        assertThrows(NullPointerException.class, () -> withoutConstructor.link(null, course));
        assertThrows(NullPointerException.class, () -> withoutConstructor.link(student, null));
        assertThrows(UnsupportedOperationException.class, () -> withoutConstructor.link(student, course));
        assertThat(student.enrollments).isEmpty();
    }

    @Test
    void unlinkingAPairWhoseLeftHasMoreAssociationsRemovesThePairsOnly() {
        List<Enrollment> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(enrollments.link(student, new Course("other" + i)));
        }
        Enrollment first = enrollments.link(student, course);
        Enrollment second = enrollments.link(student, course);
        student.enrollments.iterations = 0;
        course.enrollments.iterations = 0;

        assertThat(enrollments.unlink(student, course)).isEqualTo(2);
        assertThat(student.enrollments.iterations).isEqualTo(0);
        assertThat(course.enrollments.iterations).isEqualTo(1);
        assertThat(student.enrollments).containsExactlyElementsIn(others).inOrder();
        assertThat(course.enrollments).isEmpty();
        for (Enrollment gone : List.of(first, second)) {
            assertThat(gone.student).isNull();
            assertThat(gone.course).isNull();
        }
        for (Enrollment kept : others) {
            assertThat(kept.student).isSameInstanceAs(student);
        }
        assertThat(enrollments.unlink(student, course)).isEqualTo(0);
    }

    @Test
    void unlinkingAPairWhoseRightHasMoreAssociationsRemovesThePairsOnly() {
        List<Enrollment> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            others.add(enrollments.link(new Student("other" + i), course));
        }
        Enrollment pair = enrollments.link(student, course);
        student.enrollments.iterations = 0;
        course.enrollments.iterations = 0;

        assertThat(enrollments.unlink(student, course)).isEqualTo(1);
        assertThat(course.enrollments.iterations).isEqualTo(0);
        assertThat(student.enrollments.iterations).isEqualTo(1);
        assertThat(course.enrollments).containsExactlyElementsIn(others).inOrder();
        assertThat(student.enrollments).isEmpty();
        assertThat(pair.student).isNull();
        assertThat(pair.course).isNull();
        for (Enrollment kept : others) {
            assertThat(kept.course).isSameInstanceAs(course);
        }
    }

    /** The left class: its collection of associations counts its iterations. */
    static final class Student {
        private final String name;
        CountingList<Enrollment> enrollments = new CountingList<>();

        Student(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The right class. */
    static final class Course {
        private final String name;
        CountingList<Enrollment> enrollments = new CountingList<>();

        Course(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The association class. */
    static final class Enrollment {
        Student student;
        Course course;
    }

    /** The associations, as generated code declares them; {@code create} counts what it creates. */
    static final class Enrollments extends Associations<Student, Enrollment, Course> {
        private final boolean canCreate;
        int created;

        Enrollments(boolean canCreate) {
            super("Enrollment", new OneToManyEnd<Student, Enrollment, List<Enrollment>>(
                    "Student.enrollments", Enrollment.class) {
                @Override
                protected List<Enrollment> collection(Student owner) {
                    return owner.enrollments;
                }

                @Override
                protected Student ownerOf(Enrollment element) {
                    return element.student;
                }

                @Override
                protected void writeOwner(Enrollment element, Student owner) {
                    element.student = owner;
                }
            }, new OneToManyEnd<Course, Enrollment, List<Enrollment>>("Course.enrollments", Enrollment.class) {
                @Override
                protected List<Enrollment> collection(Course owner) {
                    return owner.enrollments;
                }

                @Override
                protected Course ownerOf(Enrollment element) {
                    return element.course;
                }

                @Override
                protected void writeOwner(Enrollment element, Course owner) {
                    element.course = owner;
                }
            });
            this.canCreate = canCreate;
        }

        @Override
        protected Enrollment create() {
            if (!canCreate) {
                return super.create();
            }
            created++;
            return new Enrollment();
        }
    }
}
