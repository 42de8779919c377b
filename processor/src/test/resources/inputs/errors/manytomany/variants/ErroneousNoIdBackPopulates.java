package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousNoIdBackPopulates {
    static class Event {
        int id;

        @ManyToManyRel(secondary = "attendance", backPopulates = "events")
        Set<Guest> guests;
    }

    static class Guest {
        String name;

        @ManyToManyRel(secondary = "attendance", backPopulates = "guests")
        Set<Event> events;
    }
}
