package dev.relate.examples.runtime.property;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class of {@link Note}: a list, as {@code Reader.reviews}. */
class Writer {
    @OneToManyRel(backPopulates = "writer")
    List<Note> notes = new ArrayList<>();
}
