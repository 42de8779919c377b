package test.valid.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Many-to-many ends of every collection kind, with backPopulates and with backref. */
public class CollectionKindsManyToMany {
    public static class Student implements Comparable<Student> {
        int id;

        @ManyToManyRel(secondary = "student_course", backPopulates = "students")
        List<Course> courses = new ArrayList<>();

        @ManyToManyRel(secondary = "student_club", backPopulates = "members")
        SortedSet<Club> clubs = new TreeSet<>();

        @ManyToManyRel(secondary = "student_sport", backref = "players")
        Collection<Sport> sports = new ArrayList<>();

        @Override
        public int compareTo(Student other) {
            return Integer.compare(id, other.id);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Student && ((Student) other).id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    public static class Course {
        int id;

        @ManyToManyRel(secondary = "student_course", backPopulates = "courses")
        Set<Student> students = new HashSet<>();
    }

    public static class Club implements Comparable<Club> {
        int id;

        @ManyToManyRel(secondary = "student_club", backPopulates = "clubs")
        NavigableSet<Student> members = new TreeSet<>();

        @Override
        public int compareTo(Club other) {
            return Integer.compare(id, other.id);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Club && ((Club) other).id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    public static class Sport {
        int id;

        LinkedHashSet<Student> players = new LinkedHashSet<>();
    }
}
