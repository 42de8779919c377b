package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OnChange;
import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousEventMap {
    static class Owner {
        @OneToManyRel(backPopulates = "owner", key = "keyword")
        Map<String, Note> notes = new HashMap<>();

        @OnChange("notes")
        void notesChanged(Note note, boolean linked) {
        }
    }

    static class Note {
        String keyword;

        @ManyToOneRel(backPopulates = "notes")
        Owner owner;
    }
}
