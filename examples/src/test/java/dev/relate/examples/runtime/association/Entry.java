package dev.relate.examples.runtime.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** An association object between a {@link Playlist} and a {@link Song}; public for the property test. */
@AssociationObject
public class Entry extends Entity {
    @ManyToOneRel(backPopulates = "entries")
    public Playlist playlist;

    @ManyToOneRel(backPopulates = "entries")
    public Song song;

    /** The extra data. */
    public int plays;

    public Entry() {
    }

    public Entry(int plays) {
        this.plays = plays;
    }
}
