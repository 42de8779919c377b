package dev.relate.benchmarks.access;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * The "one" side of a one-to-many whose field the generated code reads by name (package-private),
 * with the hand-written helpers of the Hibernate user guide beside relate's.
 */
public class FieldPerson {
    @OneToManyRel(backPopulates = "person")
    List<FieldPhone> phones = new ArrayList<>();

    public void addPhone(FieldPhone phone) {
        phones.add(phone);
        phone.person = this;
    }

    public void removePhone(FieldPhone phone) {
        phones.remove(phone);
        phone.person = null;
    }
}
