package dev.relate.jpa.finalfield;

import dev.relate.IgnoreMappings;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A depot whose crates are mapped by a final field of the crate. */
@Entity
public class Depot {
    @Id
    @GeneratedValue
    Long id;

    // left to Hibernate: relate reads no mapping here (without @IgnoreMappings, a warning)
    @IgnoreMappings
    @OneToMany(mappedBy = "depot")
    List<Crate> crates = new ArrayList<>();
}
