package dev.relate.jpa.enhancement.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** Its {@code mappedBy} names a field that {@link HChildItem} inherits from {@link HItem}. */
@Entity
class HNovelist {
    @Id
    Long id;

    @OneToMany(mappedBy = "author")
    List<HChildItem> items = new ArrayList<>();
}
