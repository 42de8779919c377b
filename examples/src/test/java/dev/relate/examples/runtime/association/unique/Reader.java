package dev.relate.examples.runtime.association.unique;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class: a list of reviews. */
public class Reader {
    public final long id;

    @OneToManyRel(backPopulates = "reader")
    public List<Review> reviews = new ArrayList<>();

    public Reader(long id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "reader" + id;
    }
}
