package dev.relate.benchmarks.onetoone;

import dev.relate.ManyToOneRel;

/** The other end of {@link Phone#details}; {@link #setPhone} is a plain setter. */
public class PhoneDetails {
    @ManyToOneRel(backPopulates = "details")
    Phone phone;

    public Phone getPhone() {
        return phone;
    }

    public void setPhone(Phone phone) {
        this.phone = phone;
    }
}
