package dev.relate.benchmarks.access;

import dev.relate.ManyToOneRel;

/** The "many" side of {@link HandlePerson}, with a private field; its setter delegates to relate. */
public class HandlePhone {
    @ManyToOneRel(backPopulates = "phones")
    private HandlePerson person;

    public HandlePerson getPerson() {
        return person;
    }

    public void setPerson(HandlePerson person) {
        HandlePhoneRelations.setPerson(this, person);
    }

    /** Sets the field without relate, for setting up. */
    void link(HandlePerson person) {
        this.person = person;
    }
}
