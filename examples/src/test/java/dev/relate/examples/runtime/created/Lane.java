package dev.relate.examples.runtime.created;

import dev.relate.OneToManyRel;
import java.util.List;

/** The left class of the association {@link Heat}: a list of associations, with no list at first. */
class Lane {
    @OneToManyRel(backPopulates = "lane")
    List<Heat> heats;
}
