package test.errors;

import dev.relate.ManyToManyRel;
import java.util.Set;

public class ErroneousSecondaryMismatchCase {
    static class Actor {
        int id;

        @ManyToManyRel(secondary = "casting", backPopulates = "actors")
        Set<Film> films;
    }

    static class Film {
        int id;

        @ManyToManyRel(secondary = "Casting", backPopulates = "films")
        Set<Actor> actors;
    }
}
