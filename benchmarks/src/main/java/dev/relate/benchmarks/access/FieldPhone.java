package dev.relate.benchmarks.access;

import dev.relate.ManyToOneRel;

/** The "many" side of {@link FieldPerson}. */
public class FieldPhone {
    @ManyToOneRel(backPopulates = "phones")
    FieldPerson person;
}
