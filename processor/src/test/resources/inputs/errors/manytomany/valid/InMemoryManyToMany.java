package test.valid.manytomany;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Many-to-many relationships that name no table: kept in memory only, between classes that have no
 * id, with no table class. Beside them, a pair that asks for a table, whose classes have ids.
 */
public class InMemoryManyToMany {
    public static class Musician {
        String name;

        @ManyToManyRel(backPopulates = "members")
        Set<Band> bands = new LinkedHashSet<>();

        @ManyToManyRel(backref = "fans")
        List<Album> favourites = new ArrayList<>();
    }

    public static class Band {
        String name;

        @ManyToManyRel(backPopulates = "bands")
        List<Musician> members = new ArrayList<>();
    }

    public static class Album {
        String title;

        Set<Musician> fans = new LinkedHashSet<>();
    }

    public static class Venue {
        long id;

        @ManyToManyRel(secondary = "venue_tour", backPopulates = "venues")
        Set<Tour> tours = new LinkedHashSet<>();
    }

    public static class Tour {
        long id;

        @ManyToManyRel(backPopulates = "tours")
        Set<Venue> venues = new LinkedHashSet<>();
    }
}
