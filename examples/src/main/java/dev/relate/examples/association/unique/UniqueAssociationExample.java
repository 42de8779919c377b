package dev.relate.examples.association.unique;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * An association class declared with {@code unique = true}: a student and a course are linked by at
 * most one enrollment, in memory as in the table's primary key (student_id, course_id).
 */
public final class UniqueAssociationExample {
    private UniqueAssociationExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Association object, one per pair (unique = true) ==");
        Student ann = new Student(1, "Ann");
        Course chemistry = new Course(10, "Chemistry");
        Course physics = new Course(11, "Physics");

        EnrollmentRelations.link(ann, chemistry, new Enrollment("A"));
        out.println("link(Ann, Chemistry, A)                    -> " + grades(ann));

        Enrollment again = new Enrollment("B");
        try {
            EnrollmentRelations.link(ann, chemistry, again);
        } catch (IllegalStateException e) {
            out.println("link(Ann, Chemistry, B)                    -> refused: " + e.getMessage());
        }
        out.println("                                           -> " + grades(ann) + ", the refused one linked to "
                + again.student);

        try {
            StudentRelations.courseOfEnrollments(ann).add(chemistry);
        } catch (IllegalStateException e) {
            out.println("courseOfEnrollments(Ann).add(Chemistry)    -> refused too, " + grades(ann));
        }

        EnrollmentRelations.find(ann, chemistry).grade = "B";
        out.println("find(Ann, Chemistry).grade = B             -> " + grades(ann));

        EnrollmentRelations.link(ann, physics, again);
        out.println("link(Ann, Physics, B)                      -> " + grades(ann));

        EnrollmentRelations.unlink(ann, chemistry);
        EnrollmentRelations.link(ann, chemistry, new Enrollment("C"));
        out.println("unlink(Ann, Chemistry), link it again, C   -> " + grades(ann));

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_unique_association")) {
            EnrollmentTable.createTable(connection);
            int rows = EnrollmentTable.saveLinks(connection, Arrays.asList(ann));
            Student loaded = new Student(1, "Ann");
            EnrollmentTable.loadLinks(connection, Arrays.asList(loaded), Arrays.asList(new Course(10, "Chemistry"),
                    new Course(11, "Physics")));
            out.println("saved " + rows + " rows in " + EnrollmentTable.NAME + ", primary key (student_id, course_id),"
                    + " loaded into fresh objects -> " + grades(loaded));
        }
    }

    private static String grades(Student student) {
        StringBuilder grades = new StringBuilder("[");
        for (Enrollment enrollment : student.enrollments) {
            grades.append(grades.length() > 1 ? ", " : "").append(enrollment.course).append(": ")
                    .append(enrollment.grade);
        }
        return grades.append("]").toString();
    }
}
