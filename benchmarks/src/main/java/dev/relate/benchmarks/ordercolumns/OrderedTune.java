package dev.relate.benchmarks.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The left class of {@code bm_ordered_mix_tune}. */
public class OrderedTune {
    final long id;

    @ManyToManyRel(secondary = "bm_ordered_mix_tune", backPopulates = "tunes", orderColumn = "mix_position")
    List<OrderedMix> mixes = new ArrayList<>();

    public OrderedTune(long id) {
        this.id = id;
    }
}
