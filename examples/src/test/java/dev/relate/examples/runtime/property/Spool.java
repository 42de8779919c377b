package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right side of {@link AssociationPositionsPropertyTest}: a list that keeps each reel's spool place. */
class Spool {
    final int id;

    @OneToManyRel(backPopulates = "spool", position = "spoolPlace")
    List<Reel> reels = new ArrayList<>();

    Spool(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Spool" + id;
    }
}
