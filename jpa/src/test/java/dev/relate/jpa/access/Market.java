package dev.relate.jpa.access;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Property access ({@code @Id} on the getter), the other end of {@link Stall#getMarket()}. */
@Entity
@Table(name = "access_market")
public class Market {
    private Long id;

    private List<Stall> stalls = new ArrayList<>();

    @Id
    @GeneratedValue
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Hibernate's. */
    @OneToMany(mappedBy = "market")
    public List<Stall> getStalls() {
        return stalls;
    }

    /** Hibernate's. */
    public void setStalls(List<Stall> stalls) {
        this.stalls = stalls;
    }

    /** A live view of the stalls: adding or removing through it keeps each stall's market in sync. */
    public List<Stall> stalls() {
        return MarketRelations.stalls(this);
    }
}
