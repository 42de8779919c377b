package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationOneEnd {
    static class Author {
        @OneToManyRel(backPopulates = "author")
        List<Authorship> authorships = new ArrayList<>();
    }

    static class Book {
        List<Authorship> authorships = new ArrayList<>();
    }

    @AssociationObject
    static class Authorship {
        @ManyToOneRel(backPopulates = "authorships")
        Author author;

        Book book;

        int position;
    }
}
