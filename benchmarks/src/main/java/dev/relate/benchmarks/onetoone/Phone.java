package dev.relate.benchmarks.onetoone;

import dev.relate.OneToManyRel;

/**
 * One end of a one-to-one. {@link #addDetails} and {@link #removeDetails} are the hand-written
 * helpers, as the Hibernate user guide writes them for a bidirectional one-to-one.
 */
public class Phone {
    @OneToManyRel(uselist = false, backPopulates = "phone")
    PhoneDetails details;

    public PhoneDetails getDetails() {
        return details;
    }

    public void addDetails(PhoneDetails details) {
        details.setPhone(this);
        this.details = details;
    }

    public void removeDetails() {
        if (details != null) {
            details.setPhone(null);
            this.details = null;
        }
    }
}
