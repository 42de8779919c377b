package dev.relate.examples.runtime.maps;

import dev.relate.OneToManyRel;
import java.util.TreeMap;

/** Holds its volumes by number in a {@code TreeMap}: the live view is a {@code NavigableMap}. */
public class Case {
    @OneToManyRel(backPopulates = "bookcase", key = "number")
    TreeMap<Integer, Volume> volumes = new TreeMap<>();
}
