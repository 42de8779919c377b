package dev.relate.jpa.enhancement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Hibernate's {@code Entity2}: its id is its owning {@code @OneToOne} to a {@link Parcel}. */
@Entity
@Table(name = "enh_label")
public class Label {
    @Id
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parcel_id", nullable = false, updatable = false)
    private Parcel parcel;

    @Column(name = "case_number")
    private String caseNumber;

    protected Label() {
    }

    public Label(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public Parcel getParcel() {
        return parcel;
    }

    public void setParcel(Parcel parcel) {
        LabelRelations.setParcel(this, parcel);
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    @Override
    public String toString() {
        return "Label(" + caseNumber + ")";
    }
}
