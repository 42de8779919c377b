package dev.relate.examples.runtime.backref;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.Invariants;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * backref: one declaration manages both ends. The managed field (plain, or marked {@code @Backref})
 * gets the same helpers and live view as a backPopulates end, and works both ways.
 */
class BackrefTest {

    /** {@code @ManyToOneRel(backref = "employees") Company company}, with a plain {@code List<Employee> employees}. */
    @Nested
    class ManyToOneWithAPlainTarget {
        private final Company acme = new Company();
        private final Company globex = new Company();
        private final Employee ann = new Employee();
        private final Employee bob = new Employee();
        private final Employee cat = new Employee();

        @AfterEach
        void endsAgree() {
            check();
        }

        void check() {
            Invariants.assertOneToMany("Company.employees/Employee.company", List.of(acme, globex),
                    List.of(ann, bob, cat), company -> company.employees, employee -> employee.company);
        }

        @Test
        void settingTheScalarFillsTheManagedCollection() {
            EmployeeRelations.setCompany(ann, acme);
            EmployeeRelations.setCompany(bob, acme);
            assertThat(acme.employees).containsExactly(ann, bob).inOrder();
            check();
            EmployeeRelations.setCompany(ann, globex);
            assertThat(acme.employees).containsExactly(bob);
            assertThat(globex.employees).containsExactly(ann);
            check();
            EmployeeRelations.setCompany(bob, null);
            assertThat(acme.employees).isEmpty();
            assertThat(bob.company).isNull();
            EmployeeRelations.setCompany(ann, globex);
            assertThat(globex.employees).containsExactly(ann);
        }

        @Test
        void theManagedCollectionsViewSetsTheScalar() {
            List<Employee> view = CompanyRelations.employees(acme);
            assertThat(view.add(ann)).isTrue();
            assertThat(ann.company).isSameInstanceAs(acme);
            assertThat(CompanyRelations.addToEmployees(globex, ann)).isTrue();
            assertThat(ann.company).isSameInstanceAs(globex);
            assertThat(acme.employees).isEmpty();
            check();
            view.addAll(List.of(ann, bob, cat));
            assertThat(globex.employees).isEmpty();
            assertThat(acme.employees).containsExactly(ann, bob, cat).inOrder();
            check();
            view.set(1, ann);
            assertThat(acme.employees).containsExactly(bob, ann, cat).inOrder();
            assertThat(view.remove(0)).isSameInstanceAs(bob);
            assertThat(bob.company).isNull();
            check();
            CompanyRelations.setEmployees(globex, List.of(cat, bob));
            assertThat(acme.employees).containsExactly(ann);
            assertThat(cat.company).isSameInstanceAs(globex);
            assertThat(bob.company).isSameInstanceAs(globex);
            check();
            assertThat(CompanyRelations.removeFromEmployees(globex, cat)).isTrue();
            assertThat(cat.company).isNull();
            CompanyRelations.employees(globex).clear();
            assertThat(bob.company).isNull();
            Iterator<Employee> it = view.iterator();
            it.next();
            it.remove();
            assertThat(ann.company).isNull();
            assertThat(acme.employees).isEmpty();
        }

        @Test
        void nullsAreRejected() {
            EmployeeRelations.setCompany(ann, acme);
            assertThrows(NullPointerException.class, () -> EmployeeRelations.setCompany(null, acme));
            assertThrows(NullPointerException.class, () -> CompanyRelations.addToEmployees(acme, null));
            assertThrows(NullPointerException.class, () -> CompanyRelations.employees(null));
            assertThat(acme.employees).containsExactly(ann);
        }
    }

    /** {@code @ManyToOneRel(backref = "players") Team team}, with {@code @Backref Set<Player> players}. */
    @Nested
    class ManyToOneWithABackrefMarkedTarget {
        private final Team reds = new Team();
        private final Team blues = new Team();
        private final Player ann = new Player();
        private final Player bob = new Player();

        @AfterEach
        void endsAgree() {
            check();
        }

        void check() {
            Invariants.assertOneToMany("Team.players/Player.team", List.of(reds, blues), List.of(ann, bob),
                    team -> team.players, player -> player.team);
        }

        @Test
        void bothDirections() {
            PlayerRelations.setTeam(ann, reds);
            assertThat(reds.players).containsExactly(ann);
            assertThat(TeamRelations.players(blues).add(ann)).isTrue();
            assertThat(ann.team).isSameInstanceAs(blues);
            assertThat(reds.players).isEmpty();
            check();
            assertThat(TeamRelations.players(blues).add(ann)).isFalse();
            assertThat(blues.players).hasSize(1);
            TeamRelations.setPlayers(reds, List.of(bob, ann));
            assertThat(new ArrayList<>(reds.players)).containsExactly(bob, ann).inOrder();
            assertThat(blues.players).isEmpty();
            check();
            TeamRelations.players(reds).removeIf(player -> player == bob);
            assertThat(bob.team).isNull();
            PlayerRelations.setTeam(ann, null);
            assertThat(reds.players).isEmpty();
            assertThat(TeamRelations.removeFromPlayers(reds, ann)).isFalse();
        }

        @Test
        void retainAllAndIteratorRemoveThroughTheManagedView() {
            TeamRelations.setPlayers(reds, List.of(ann, bob));
            assertThat(TeamRelations.players(reds).retainAll(List.of(bob))).isTrue();
            assertThat(ann.team).isNull();
            Iterator<Player> it = TeamRelations.players(reds).iterator();
            assertThat(it.next()).isSameInstanceAs(bob);
            it.remove();
            assertThat(bob.team).isNull();
            assertThat(reds.players).isEmpty();
        }
    }

    /** {@code @OneToManyRel(backref = "library") List<Book> books}, with a plain {@code Library library}. */
    @Nested
    class OneToManyWithAPlainScalarTarget {
        private final Library city = new Library();
        private final Library school = new Library();
        private final Book atlas = new Book();
        private final Book bible = new Book();

        @AfterEach
        void endsAgree() {
            Invariants.assertOneToMany("Library.books/Book.library", List.of(city, school), List.of(atlas, bible),
                    library -> library.books, book -> book.library);
        }

        @Test
        void bothDirections() {
            LibraryRelations.addToBooks(city, atlas);
            assertThat(atlas.library).isSameInstanceAs(city);
            BookRelations.setLibrary(atlas, school);
            assertThat(city.books).isEmpty();
            assertThat(school.books).containsExactly(atlas);
            LibraryRelations.books(city).add(0, bible);
            LibraryRelations.books(city).add(0, atlas);
            assertThat(city.books).containsExactly(atlas, bible).inOrder();
            assertThat(school.books).isEmpty();
            BookRelations.setLibrary(bible, null);
            assertThat(city.books).containsExactly(atlas);
            LibraryRelations.setBooks(school, LibraryRelations.books(city));
            assertThat(city.books).isEmpty();
            assertThat(atlas.library).isSameInstanceAs(school);
        }
    }
}
