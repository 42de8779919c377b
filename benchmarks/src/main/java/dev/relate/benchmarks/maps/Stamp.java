package dev.relate.benchmarks.maps;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;

/** Held in each of its folios' maps under its code. */
public class Stamp {
    final String code;

    @ManyToManyRel(backPopulates = "stamps")
    Set<Folio> folios = new HashSet<>();

    public Stamp(String code) {
        this.code = code;
    }
}
