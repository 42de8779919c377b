package dev.relate.jpa.enhancement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Hibernate's {@code Entity1} of {@code BidirectionalOneToOneWithNonAggregateIdTest}: the
 * {@code mappedBy} side of a one-to-one whose owning side is also the other entity's id.
 */
@Entity
@Table(name = "enh_parcel")
public class Parcel {
    @Id
    private int id;

    @Version
    @Column(name = "lock_version", nullable = false)
    private int lockVersion;

    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true, mappedBy = "parcel")
    private Label label;

    protected Parcel() {
    }

    public Parcel(int id) {
        this.id = id;
    }

    public int getId() {
        return id;
    }

    public Label getLabel() {
        return label;
    }

    public void setLabel(Label label) {
        ParcelRelations.setLabel(this, label);
    }

    @Override
    public String toString() {
        return "Parcel(" + id + ")";
    }
}
