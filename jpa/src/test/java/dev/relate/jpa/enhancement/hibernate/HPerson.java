package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The {@code mappedBy} side of {@link HPassport#person}. */
@Entity
class HPerson {
    @Id
    Long id;

    @OneToOne(mappedBy = "person")
    HPassport passport;

    void setPassport(HPassport passport) {
        this.passport = passport;
    }
}
