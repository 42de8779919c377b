package dev.relate.benchmarks.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right class of {@code bm_ordered_mix_tune}, whose two ends store their order. */
public class OrderedMix {
    final long id;

    @ManyToManyRel(secondary = "bm_ordered_mix_tune", backPopulates = "mixes", orderColumn = "tune_position")
    List<OrderedTune> tunes = new ArrayList<>();

    public OrderedMix(long id) {
        this.id = id;
    }
}
