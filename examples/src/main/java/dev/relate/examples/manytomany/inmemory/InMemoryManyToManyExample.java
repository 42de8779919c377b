package dev.relate.examples.manytomany.inmemory;

import java.io.PrintStream;

/**
 * A many-to-many that names no table: both ends kept in sync in memory, between classes without an
 * id, and relate writes the two Relations classes and no table class.
 */
public final class InMemoryManyToManyExample {
    private InMemoryManyToManyExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Many to Many in memory (no secondary, no ids) ==");
        Musician ann = new Musician("ann");
        Musician bob = new Musician("bob");
        Band quartet = new Band("quartet");
        Band trio = new Band("trio");
        MusicianRelations.addToBands(ann, quartet);
        BandRelations.members(trio).add(ann);
        BandRelations.addToMembers(trio, bob);
        out.println("ann.bands += quartet, trio.members += ann, bob -> ann.bands " + ann.bands + ", trio.members "
                + trio.members);
        MusicianRelations.removeFromBands(ann, trio);
        out.println("remove trio from ann.bands                 -> trio.members " + trio.members + ", ann.bands "
                + ann.bands);
        out.println("neither class has an id, and relate wrote MusicianRelations and BandRelations only: no table");
    }
}
