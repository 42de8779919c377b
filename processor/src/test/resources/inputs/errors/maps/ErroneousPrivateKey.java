package test.errors;

import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousPrivateKey {
    static class Owner {
        @OneToManyRel(backPopulates = "owner", key = "keyword")
        Map<String, Note> notes = new HashMap<>();
    }

    static class Note {
        private String keyword;

        @ManyToOneRel(backPopulates = "notes")
        Owner owner;
    }
}
