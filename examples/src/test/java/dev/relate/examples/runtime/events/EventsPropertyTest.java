package dev.relate.examples.runtime.events;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Random sequences of operations, through every path, on a one-to-many list end ({@code Squad.recruits}
 * with {@code Recruit.squad}, both ends validated and listened to) and a many-to-many
 * ({@code Course.students}, a list, validated and listened to, with {@code Student.courses}, a set,
 * listened to) and a one-to-one ({@code Pilot.plane} with {@code Plane.pilot}, both validated and
 * listened to). After each operation that succeeded, the listeners' log is exactly the difference
 * between the links before and after (each link and unlink once per declared end), every change
 * was validated once, and no listener ran while the two ends disagreed. When a validator refuses (at
 * random, the k-th change of an operation), or the operation throws for another reason, every field
 * is as before and no listener ran.
 */
class EventsPropertyTest {
    @Property(tries = 300, seed = "6122026101000017")
    void listenersSeeExactlyTheChangesAndRefusalsChangeNothing(@ForAll long seed) {
        new World(new Random(seed)).run();
    }

    private static final class World extends EventsWorld {
        final List<Squad> squads = new ArrayList<>();
        final List<Recruit> recruits = new ArrayList<>();
        final List<Course> courses = new ArrayList<>();
        final List<Student> students = new ArrayList<>();
        final List<Pilot> pilots = new ArrayList<>();
        final List<Plane> planes = new ArrayList<>();

        World(Random random) {
            super(random, 30, false);
            for (String name : List.of("A", "B", "C")) {
                squads.add(new Squad(name, recorder));
            }
            for (int i = 0; i < 6; i++) {
                recruits.add(new Recruit("r" + i, recorder));
            }
            for (int i = 0; i < 3; i++) {
                courses.add(new Course("c" + i, recorder));
            }
            for (int i = 0; i < 4; i++) {
                students.add(new Student("s" + i, recorder));
            }
            for (int i = 0; i < 3; i++) {
                pilots.add(new Pilot("p" + i, recorder));
                planes.add(new Plane("j" + i, recorder));
            }
        }

        @Override
        List<String> validatedOf(List<String> changes) {
            List<String> validated = new ArrayList<>();
            for (String change : changes) {
                if (!change.startsWith("s")) { // Student.courses has a listener and no validator
                    validated.add(change);
                }
            }
            return validated;
        }

        @Override
        boolean refusedBeforeAnyChange(RuntimeException e) {
            return super.refusedBeforeAnyChange(e) || e instanceof IndexOutOfBoundsException;
        }

        /** Every link, as {@code "A|r1"}, {@code "c0|s1"} and {@code "p0|j1"}, read from the ends. */
        @Override
        Set<String> pairs() {
            Set<String> pairs = new TreeSet<>();
            for (Squad squad : squads) {
                for (Recruit recruit : squad.recruits) {
                    pairs.add(squad + "|" + recruit);
                }
            }
            for (Course course : courses) {
                for (Student student : course.students) {
                    pairs.add(course + "|" + student);
                }
            }
            for (Pilot pilot : pilots) {
                if (pilot.plane != null) {
                    pairs.add(pilot + "|" + pilot.plane);
                }
            }
            return pairs;
        }

        /** Every field of every object, in order. */
        @Override
        String state() {
            StringBuilder state = new StringBuilder();
            for (Squad squad : squads) {
                state.append(squad).append(squad.recruits).append(';');
            }
            for (Recruit recruit : recruits) {
                state.append(recruit).append('>').append(recruit.squad).append(';');
            }
            for (Course course : courses) {
                state.append(course).append(course.students).append(';');
            }
            for (Student student : students) {
                state.append(student).append(student.courses).append(';');
            }
            for (Pilot pilot : pilots) {
                state.append(pilot).append('>').append(pilot.plane).append(';');
            }
            for (Plane plane : planes) {
                state.append(plane).append('>').append(plane.pilot).append(';');
            }
            return state.toString();
        }

        private int index(List<?> list, int extra) {
            return random.nextInt(list.size() + extra + 1) - (random.nextInt(8) == 0 ? 1 : 0);
        }

        @Override
        String step(int kind) {
            Squad squad = Choices.pick(random, squads);
            Recruit recruit = Choices.pick(random, recruits);
            List<Recruit> view = SquadRelations.recruits(squad);
            Course course = Choices.pick(random, courses);
            Student student = Choices.pick(random, students);
            Pilot pilot = Choices.pick(random, pilots);
            Plane plane = Choices.pick(random, planes);
            switch (kind) {
                case 0 -> SquadRelations.addToRecruits(squad, recruit);
                case 1 -> SquadRelations.removeFromRecruits(squad, recruit);
                case 2 -> RecruitRelations.setSquad(recruit, random.nextInt(4) == 0 ? null : squad);
                case 3 -> view.add(index(view, 0), recruit);
                case 4 -> view.addAll(Choices.subset(random, recruits));
                case 5 -> view.addAll(index(view, 0), nonMembers(squad));
                case 6 -> SquadRelations.setRecruits(squad, Choices.subset(random, recruits));
                case 7 -> view.clear();
                case 8 -> {
                    int bit = random.nextInt(3);
                    view.removeIf(each -> (each.name.hashCode() >> bit & 1) == 0);
                }
                case 9 -> view.retainAll(Choices.subset(random, recruits));
                case 10 -> view.set(index(view, -1), recruit);
                case 11 -> view.remove(index(view, -1));
                case 12 -> {
                    Iterator<Recruit> it = view.iterator();
                    for (int i = random.nextInt(view.size() + 1); i >= 0 && it.hasNext(); i--) {
                        it.next();
                    }
                    it.remove();
                }
                case 13 -> {
                    ListIterator<Recruit> it = view.listIterator(Math.max(0, index(view, 0)));
                    it.add(recruit);
                }
                case 14 -> {
                    int from = random.nextInt(view.size() + 1);
                    view.subList(from, from + random.nextInt(view.size() - from + 1)).clear();
                }
                case 15 -> SquadRelations.detach(squad);
                case 16 -> RecruitRelations.detach(recruit);
                case 17 -> CourseRelations.addToStudents(course, student);
                case 18 -> CourseRelations.removeFromStudents(course, student);
                case 19 -> CourseRelations.students(course).add(index(course.students, 0), student);
                case 20 -> StudentRelations.setCourses(student, Choices.subset(random, courses));
                case 21 -> StudentRelations.courses(student).clear();
                case 22 -> CourseRelations.students(course).removeIf(each -> random.nextBoolean());
                case 23 -> StudentRelations.detach(student);
                case 24 -> CourseRelations.students(course).remove(index(course.students, -1));
                case 25 -> CourseRelations.setStudents(course, Choices.subset(random, students));
                case 26 -> PilotRelations.setPlane(pilot, random.nextInt(4) == 0 ? null : plane);
                case 27 -> PlaneRelations.setPilot(plane, random.nextInt(4) == 0 ? null : pilot);
                case 28 -> PilotRelations.detach(pilot);
                case 29 -> PlaneRelations.detach(plane);
                default -> throw new AssertionError(kind);
            }
            return "operation " + kind + " on " + squad + ", " + recruit + ", " + course + ", " + student + ", "
                    + pilot + ", " + plane;
        }

        private List<Recruit> nonMembers(Squad squad) {
            List<Recruit> chosen = Choices.subset(random, recruits);
            chosen.removeIf(each -> each.squad == squad);
            return chosen;
        }
    }
}
