package dev.relate.jpa.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * Property access, with an {@code isMarket()} declared before the mapped {@link #getMarket()} and
 * returning no boolean: neither JPA nor relate takes it for the getter of {@code market}. (Hibernate
 * refuses a class that declares {@code getX()} and {@code isX()} of different types unless the
 * {@code isX()} is {@code @Transient}.)
 */
@Entity
@Table(name = "access_stall")
public class Stall {
    private Long id;

    private Market market;

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** No getter: the name of the market's kind of place, to show. */
    @Transient
    public String isMarket() {
        return "market";
    }

    /** Hibernate's. */
    @ManyToOne
    public Market getMarket() {
        return market;
    }

    /** Hibernate's. */
    public void setMarket(Market market) {
        this.market = market;
    }

    /** Moves the stall to {@code market}: it leaves its previous market's stalls and joins the new one's. */
    public void moveTo(Market market) {
        StallRelations.setMarket(this, market);
    }
}
