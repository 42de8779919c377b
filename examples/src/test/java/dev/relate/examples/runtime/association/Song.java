package dev.relate.examples.runtime.association;

import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.HashSet;
import java.util.Set;

/** The right side of {@link Entry}, a hash set of associations; public for the property test. */
public class Song extends Entity {
    /** Its position in the test's pool. */
    public final int index;

    @OneToManyRel(backPopulates = "song")
    public Set<Entry> entries = new HashSet<>();

    public Song(int index) {
        this.index = index;
    }
}
