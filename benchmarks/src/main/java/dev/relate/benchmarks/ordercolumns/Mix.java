package dev.relate.benchmarks.ordercolumns;

import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.List;

/** The right class of {@code bm_mix_tune}, a table without order columns. */
public class Mix {
    final long id;

    @ManyToManyRel(secondary = "bm_mix_tune", backPopulates = "mixes")
    List<Tune> tunes = new ArrayList<>();

    public Mix(long id) {
        this.id = id;
    }
}
