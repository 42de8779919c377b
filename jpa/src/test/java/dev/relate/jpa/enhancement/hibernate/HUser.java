package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.Set;

/** The owning side of {@link HGroup#users}, its set not initialized. */
@Entity
class HUser {
    @Id
    Long id;

    @ManyToMany
    Set<HGroup> groups;

    void setGroups(Set<HGroup> groups) {
        this.groups = groups;
    }
}
