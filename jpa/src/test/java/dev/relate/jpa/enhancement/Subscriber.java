package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.List;

/**
 * The owning side of {@link Channel#getSubscribers()}: Hibernate's {@code User} of
 * {@code ManyToManyAssociationListTest}, whose list is not initialized either.
 */
@Entity
@Table(name = "enh_subscriber")
public class Subscriber {
    @Id
    private Long id;

    @ManyToMany
    @JoinTable(name = "enh_subscription")
    private List<Channel> channels;

    protected Subscriber() {
    }

    public Subscriber(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public List<Channel> getChannels() {
        return SubscriberRelations.channels(this);
    }

    public void setChannels(List<Channel> channels) {
        SubscriberRelations.setChannels(this, channels);
    }

    /** The field itself, for assertions on what is stored. */
    List<Channel> channelsField() {
        return channels;
    }

    @Override
    public String toString() {
        return "Subscriber(" + id + ")";
    }
}
