package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import java.util.List;

/** A one-to-many list end that keeps each cup's {@code rank}, observed by no class, with no list at first. */
class Tray {
    @OneToManyRel(backPopulates = "tray", position = "rank")
    List<Cup> cups;
}
