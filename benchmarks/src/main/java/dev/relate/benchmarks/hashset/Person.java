package dev.relate.benchmarks.hashset;

import dev.relate.OneToManyRel;
import java.util.HashSet;
import java.util.Set;

/**
 * The "one" side of a one-to-many on a {@code HashSet}. relate writes {@code PersonRelations};
 * {@link #addPhone} and {@link #removePhone} are the hand-written helpers it is compared with, as
 * the Hibernate user guide writes them.
 */
public class Person {
    @OneToManyRel(backPopulates = "person")
    Set<Phone> phones = new HashSet<>();

    public void addPhone(Phone phone) {
        phones.add(phone);
        phone.setPerson(this);
    }

    public void removePhone(Phone phone) {
        phones.remove(phone);
        phone.setPerson(null);
    }
}
