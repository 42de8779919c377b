package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/** The owning side of a one-to-one, with a plain setter. */
@Entity
class HPassport {
    @Id
    Long id;

    @OneToOne
    HPerson person;

    void setPerson(HPerson person) {
        this.person = person;
    }
}
