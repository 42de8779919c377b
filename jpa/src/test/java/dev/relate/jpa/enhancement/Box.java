package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Hibernate's {@code ContainingEntity} of {@code OneToOnEnhancedEntityLoadedAsReferenceTest}: the {@code mappedBy} side. */
@Entity
@Table(name = "enh_box")
public class Box {
    @Id
    @GeneratedValue
    private long id;

    @OneToOne(mappedBy = "box")
    private Content content;

    public Box() {
    }

    public long getId() {
        return id;
    }

    public Content getContent() {
        return content;
    }

    public void setContent(Content content) {
        BoxRelations.setContent(this, content);
    }
}
