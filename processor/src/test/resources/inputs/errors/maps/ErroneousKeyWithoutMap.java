package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

public class ErroneousKeyWithoutMap {
    static class Owner {
        @OneToManyRel(backPopulates = "owner", key = "keyword")
        List<Note> notes = new ArrayList<>();
    }

    static class Note {
        String keyword;

        @ManyToOneRel(backPopulates = "notes")
        Owner owner;
    }
}
