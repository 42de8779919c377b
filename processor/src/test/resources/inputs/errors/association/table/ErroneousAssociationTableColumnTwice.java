package test.errors;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousAssociationTableColumnTwice {
    static class Author {
        long id;

        @OneToManyRel(backPopulates = "author")
        List<Credit> credits = new ArrayList<>();
    }

    static class Book {
        long id;

        @OneToManyRel(backPopulates = "book")
        List<Credit> credits = new ArrayList<>();
    }

    @AssociationObject(table = "credits", leftColumn = "author_id", rightColumn = "book_id")
    static class Credit {
        @ManyToOneRel(backPopulates = "credits")
        Author author;

        @ManyToOneRel(backPopulates = "credits")
        Book book;

        long authorId;
    }
}
