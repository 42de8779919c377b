package dev.relate.jpa.pitfall;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** An entity whose relationship fields are package-private, so that relate's helpers use them directly. */
@Entity
public class Shelf {
    @Id
    @GeneratedValue
    Long id;

    @OneToMany(mappedBy = "shelf")
    List<Volume> volumes = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public List<Volume> getVolumes() {
        return volumes;
    }
}
