package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Hibernate's {@code Author} of {@code InheritedAttributeAssociationTest}: its collection's
 * {@code mappedBy} names a field that {@link ChildItem} inherits from the mapped superclass {@link Item}.
 */
@Entity
@Table(name = "enh_novelist")
public class Novelist {
    @Id
    @GeneratedValue
    private Long id;

    @OneToMany(fetch = FetchType.LAZY, mappedBy = "author")
    private List<ChildItem> items = new ArrayList<>();

    // after items, as in Hibernate's test
    private String name;

    protected Novelist() {
    }

    public Novelist(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<ChildItem> getItems() {
        return NovelistRelations.items(this);
    }

    @Override
    public String toString() {
        return "Novelist(" + name + ")";
    }
}
