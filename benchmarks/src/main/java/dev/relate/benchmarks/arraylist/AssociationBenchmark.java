package dev.relate.benchmarks.arraylist;

import java.util.List;
import dev.relate.benchmarks.Pollution;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The association object {@code Enrollment} on {@code ArrayList}s. A student holding {@code size}
 * enrollments (each to its own course) is linked to a course (which has one other student) through a
 * new enrollment, and unlinked on the next call: by the hand-written {@code addCourse}/
 * {@code removeCourse}, by the generated {@code link(student, course)}/{@code unlink(student, course)},
 * and through the live association_proxy view {@code courseOfEnrollments(student)}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class AssociationBenchmark {
    @Param({"10", "1000", "100000"})
    int size;

    /**
     * {@code true} runs every generated and every hand-written helper of every model first
     * ({@link Pollution}), so that both are compiled as in an application with many relationships.
     */
    @Param({"false"})
    boolean polluted;

    Student student;
    Course course;
    boolean linked;

    @Setup
    public void setUp() {
        if (polluted) {
            Pollution.run();
        }
        student = new Student();
        for (int i = 0; i < size; i++) {
            wire(student, new Course());
        }
        course = new Course();
        wire(new Student(), course);
        linked = false;
    }

    /** Links by plain field writes. */
    private static void wire(Student student, Course course) {
        Enrollment enrollment = new Enrollment(student, course);
        student.enrollments.add(enrollment);
        course.enrollments.add(enrollment);
    }

    @Benchmark
    public Course linkUnlink_hand() {
        linked = !linked;
        if (linked) {
            student.addCourse(course);
        } else {
            student.removeCourse(course);
        }
        return course;
    }

    @Benchmark
    public Object linkUnlink_generated() {
        linked = !linked;
        if (linked) {
            return EnrollmentRelations.link(student, course);
        }
        return EnrollmentRelations.unlink(student, course);
    }

    @Benchmark
    public boolean linkUnlink_view() {
        linked = !linked;
        List<Course> courses = StudentRelations.courseOfEnrollments(student);
        return linked ? courses.add(course) : courses.remove(course);
    }
}
