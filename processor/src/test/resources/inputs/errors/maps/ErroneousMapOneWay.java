package test.errors;

import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

public class ErroneousMapOneWay {
    static class Owner {
        @OneToManyRel(key = "keyword")
        Map<String, Note> notes = new HashMap<>();
    }

    static class Note {
        String keyword;
    }
}
