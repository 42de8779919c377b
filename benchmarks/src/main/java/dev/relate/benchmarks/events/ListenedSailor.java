package dev.relate.benchmarks.events;

import dev.relate.ManyToOneRel;

public class ListenedSailor {
    @ManyToOneRel(backPopulates = "sailors")
    ListenedCrew crew;
}
