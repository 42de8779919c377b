package dev.relate.benchmarks.access;

import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.List;

/**
 * The "one" side of a one-to-many with a private field. This module compiles for Java 17, so relate
 * reaches the field through {@code MethodHandle}s, not through the accessors, which therefore delegate
 * to relate as an entity's may.
 */
public class HandlePerson {
    @OneToManyRel(backPopulates = "person")
    private List<HandlePhone> phones = new ArrayList<>();

    /** A live view. */
    public List<HandlePhone> getPhones() {
        return HandlePersonRelations.phones(this);
    }

    public void setPhones(List<HandlePhone> phones) {
        HandlePersonRelations.setPhones(this, phones);
    }

    public void addPhone(HandlePhone phone) {
        HandlePersonRelations.addToPhones(this, phone);
    }

    public void removePhone(HandlePhone phone) {
        HandlePersonRelations.removeFromPhones(this, phone);
    }

    /** Adds without relate, for setting up. */
    void link(HandlePhone phone) {
        phones.add(phone);
        phone.link(this);
    }
}
