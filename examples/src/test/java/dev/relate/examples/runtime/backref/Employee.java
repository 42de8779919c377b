package dev.relate.examples.runtime.backref;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/** Many-to-one with backref naming a plain field: SQLAlchemy's {@code relationship("Company", backref="employees")}. */
class Employee extends Entity {
    @ManyToOneRel(backref = "employees")
    Company company;
}
