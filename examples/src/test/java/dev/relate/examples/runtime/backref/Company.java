package dev.relate.examples.runtime.backref;

import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.List;

/** Holds a plain field that {@code Employee.company}'s backref manages. */
class Company extends Entity {
    List<Employee> employees = new ArrayList<>();
}
