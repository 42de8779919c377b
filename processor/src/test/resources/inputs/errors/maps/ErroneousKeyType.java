package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousKeyType {
    static class Owner {
        @OneToManyRel(backPopulates = "owner", key = "keyword")
        Map<Integer, Note> notes = new HashMap<>();
    }

    static class Note {
        String keyword;

        @ManyToOneRel(backPopulates = "notes")
        Owner owner;
    }
}
