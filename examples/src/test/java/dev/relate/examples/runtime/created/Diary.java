package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import dev.relate.Validates;
import java.util.Map;

/** A map-keyed one-to-many end that its class validates, with no map until relate creates one. */
class Diary {
    @OneToManyRel(backPopulates = "diary", key = "title")
    Map<String, Photo> photos;

    @Validates("photos")
    void checkPhoto(Photo photo, boolean linking) {
        Trap.check("Diary.checkPhoto");
    }
}
