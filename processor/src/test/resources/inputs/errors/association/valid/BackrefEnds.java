package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.Backref;
import dev.relate.ManyToOneRel;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** Both ends declared with backref, one naming a plain field and one a field marked @Backref; sets of associations. */
public class BackrefEnds {
    public static class Reader {
        Set<Loan> loans = new LinkedHashSet<>();
    }

    public static class Book {
        @Backref
        Set<Loan> loans = new HashSet<>();
    }

    @AssociationObject
    public static class Loan {
        @ManyToOneRel(backref = "loans")
        Reader reader;

        @ManyToOneRel(backref = "loans")
        Book book;

        LocalDate due;
    }
}
