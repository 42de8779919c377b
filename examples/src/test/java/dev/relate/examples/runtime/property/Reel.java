package dev.relate.examples.runtime.property;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;

/**
 * The association of {@link AssociationPositionsPropertyTest}, between a {@link Hangar} and a
 * {@link Spool}, with a kept position on each side; its setters count the writes of each place.
 */
@AssociationObject
class Reel {
    final int id;

    @ManyToOneRel(backPopulates = "reels")
    Hangar hangar;

    @ManyToOneRel(backPopulates = "reels")
    Spool spool;

    private int hangarPlace = -1;

    private int spoolPlace = -1;

    /** How many times relate wrote {@code hangarPlace}. */
    transient int hangarWrites;

    /** How many times relate wrote {@code spoolPlace}. */
    transient int spoolWrites;

    Reel(int id) {
        this.id = id;
    }

    int getHangarPlace() {
        return hangarPlace;
    }

    void setHangarPlace(int hangarPlace) {
        hangarWrites++;
        this.hangarPlace = hangarPlace;
    }

    int getSpoolPlace() {
        return spoolPlace;
    }

    void setSpoolPlace(int spoolPlace) {
        spoolWrites++;
        this.spoolPlace = spoolPlace;
    }

    @Override
    public String toString() {
        return "Reel" + id;
    }
}
