package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;

/** The {@code mappedBy} side of a many-to-many. */
@Entity
class HGroup {
    @Id
    Long id;

    @ManyToMany(mappedBy = "groups")
    Set<HUser> users = new HashSet<>();

    void setUsers(Set<HUser> users) {
        this.users = users;
    }
}
