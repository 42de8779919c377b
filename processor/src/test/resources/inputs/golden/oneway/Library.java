package golden.oneway;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.Collection;

public class Library {
    @OneToManyRel
    final Collection<Book> books = new java.util.ArrayList<>();

    @ManyToOneRel
    Book featured;
}
