package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** The owning side of {@link HCustomer#inventories}, with a plain setter. */
@Entity
class HInventory {
    @Id
    Long id;

    @ManyToOne
    HCustomer customer;

    void setCustomer(HCustomer customer) {
        this.customer = customer;
    }
}
