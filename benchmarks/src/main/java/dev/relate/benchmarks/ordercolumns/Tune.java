package dev.relate.benchmarks.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class of {@code bm_mix_tune}. */
public class Tune {
    final long id;

    @ManyToManyRel(secondary = "bm_mix_tune", backPopulates = "tunes")
    List<Mix> mixes = new ArrayList<>();

    public Tune(long id) {
        this.id = id;
    }
}
