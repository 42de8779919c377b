package test.valid.library;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** Compiled first, into a library: a superclass that declares one end of a relationship. */
public class LibraryClub {
    @OneToManyRel(backPopulates = "club")
    public List<Member> members = new ArrayList<>();
}
