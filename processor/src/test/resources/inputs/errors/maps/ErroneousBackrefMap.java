package test.errors;

import dev.relate.ManyToOneRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousBackrefMap {
    static class Owner {
        Map<String, Note> notes = new HashMap<>();
    }

    static class Note {
        String keyword;

        @ManyToOneRel(backref = "notes")
        Owner owner;
    }
}
