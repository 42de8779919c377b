package dev.relate.benchmarks.maps;

import dev.relate.OneToManyRel;
import java.util.HashMap;
import java.util.Map;

/** The "one" side of a map end: its sheets under their labels. */
public class Drawer {
    @OneToManyRel(backPopulates = "drawer", key = "label")
    Map<String, Sheet> sheets = new HashMap<>();
}
