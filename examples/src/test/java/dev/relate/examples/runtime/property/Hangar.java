package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left side of {@link AssociationPositionsPropertyTest}: a list that keeps each reel's hangar place. */
class Hangar {
    final int id;

    @OneToManyRel(backPopulates = "hangar", position = "hangarPlace")
    List<Reel> reels = new ArrayList<>();

    Hangar(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Hangar" + id;
    }
}
