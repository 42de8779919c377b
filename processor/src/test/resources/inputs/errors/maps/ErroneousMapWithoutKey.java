package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousMapWithoutKey {
    static class Owner {
        @OneToManyRel(backPopulates = "owner")
        Map<String, Note> notes = new HashMap<>();
    }

    static class Note {
        String keyword;

        @ManyToOneRel(backPopulates = "notes")
        Owner owner;
    }
}
