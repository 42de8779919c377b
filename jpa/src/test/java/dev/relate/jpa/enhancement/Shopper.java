package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Hibernate's {@code User} of {@code OneToManyLazyAndEagerTest}: the target of one-way {@code @ManyToOne}s only. */
@Entity
@Table(name = "enh_shopper")
public class Shopper {
    @Id
    private String id;

    private String name;

    protected Shopper() {
    }

    public Shopper(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "Shopper(" + id + ")";
    }
}
