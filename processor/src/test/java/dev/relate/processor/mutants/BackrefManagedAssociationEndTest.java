package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.compileClean;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The ends of an association object declared from the collection side: a plain field of the
 * association that {@code @OneToManyRel(backref = ...)} on the left or right class manages. Such
 * an end is an end of the association; one whose collection is a single object
 * ({@code uselist = false}) is an error reported on that declaration.
 */
class BackrefManagedAssociationEndTest {

    @Test
    void plainFieldsManagedByBackrefsAreTheEndsOfTheAssociation() {
        Result result = compileClean(source("test.Library", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Library {
                    public static class Reader {
                        @OneToManyRel(backref = "reader")
                        List<Loan> loans = new ArrayList<>();
                    }

                    public static class Book {
                        @OneToManyRel(backref = "book")
                        List<Loan> loans = new ArrayList<>();
                    }

                    @AssociationObject
                    public static class Loan {
                        Reader reader;

                        Book book;

                        int days;

                        String note;
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.written()).containsExactly("test.Library_BookRelations", "test.Library_LoanRelations",
                "test.Library_ReaderRelations");
        String loan = result.source("test.Library_LoanRelations");
        assertThat(loan).contains("public static Library.Loan link(Library.Reader reader, Library.Book book)");
        assertThat(loan).contains("public static Library.Loan find(Library.Reader reader, Library.Book book)");
        assertThat(result.source("test.Library_ReaderRelations"))
                .contains("public static List<Library.Book> bookOfLoans(Library.Reader reader)");
    }

    @Test
    void anEndManagedFromASingleObjectIsReportedOnThatDeclaration() {
        JavaFileObject flights = source("test.Flights", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Flights {
                    public static class Pilot {
                        @OneToManyRel(backref = "pilot")
                        List<Flight> flights = new ArrayList<>();
                    }

                    public static class Plane {
                        @OneToManyRel(backref = "plane", uselist = false)
                        Flight flight;
                    }

                    @AssociationObject
                    public static class Flight {
                        Pilot pilot;

                        Plane plane;
                    }
                }
                """);
        Result result = compile(flights);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateAssociationEndScalar] Flights.Flight.plane is an"
                + " end of @AssociationObject Flights.Flight, but its other end Flights.Plane.flight holds a single"
                + " object: make Flights.Plane.flight a List or Set of Flights.Flight and remove uselist = false from"
                + " it").inFile(flights).onLineContaining("uselist = false");
        assertThat(result.written()).isEmpty();
    }
}
