package dev.relate.benchmarks.arraylist;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * The "one" side of a one-to-many on an {@code ArrayList}. relate writes {@code PersonRelations};
 * {@link #addPhone} and {@link #removePhone} are the hand-written helpers it is compared with, as
 * the Hibernate user guide writes them.
 */
public class Person {
    @OneToManyRel(backPopulates = "person")
    List<Phone> phones = new ArrayList<>();

    public void addPhone(Phone phone) {
        phones.add(phone);
        phone.setPerson(this);
    }

    public void removePhone(Phone phone) {
        phones.remove(phone);
        phone.setPerson(null);
    }
}
