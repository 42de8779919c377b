package dev.relate.benchmarks.events;

import dev.relate.ManyToOneRel;

public class ValidatedSailor {
    @ManyToOneRel(backPopulates = "sailors")
    ValidatedCrew crew;
}
