package dev.relate.benchmarks.access;

/** The "many" side of {@link AccessorPerson}; see there. */
public class AccessorPhone {
    private AccessorPerson person;

    public AccessorPerson getPerson() {
        return person;
    }

    public void setPerson(AccessorPerson person) {
        this.person = person;
    }
}
