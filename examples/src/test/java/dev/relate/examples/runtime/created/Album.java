package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import java.util.Map;

/** A map-keyed one-to-many end, observed by no class, with no map until relate creates one. */
class Album {
    @OneToManyRel(backPopulates = "album", key = "title")
    Map<String, Photo> photos;
}
