package dev.relate.benchmarks.arraylist;

import dev.relate.ManyToOneRel;

/** The "many" side of {@link Person#phones}; {@link #setPerson} is a plain setter, as in the Hibernate user guide. */
public class Phone {
    @ManyToOneRel(backPopulates = "phones")
    Person person;

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }
}
