package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/**
 * The left side of {@link Entry}, a list of associations; public, with public fields, for the property
 * test in another package.
 */
public class Playlist extends Entity {
    /** Its position in the test's pool, for choices that must not depend on identity hash codes. */
    public final int index;

    @OneToManyRel(backPopulates = "playlist")
    public List<Entry> entries = new ArrayList<>();

    public Playlist(int index) {
        this.index = index;
    }
}
