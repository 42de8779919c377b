package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** The {@code mappedBy} side of a many-to-many held in {@code List}s: Hibernate's {@code Group}. */
@Entity
@Table(name = "enh_channel")
public class Channel {
    @Id
    private Long id;

    @ManyToMany(mappedBy = "channels")
    private List<Subscriber> subscribers = new ArrayList<>();

    protected Channel() {
    }

    public Channel(Long id) {
        this.id = id;
    }

    public Long getId() {
        return id;
    }

    public List<Subscriber> getSubscribers() {
        return ChannelRelations.subscribers(this);
    }

    /** The field itself, for assertions on what is stored and for writes that bypass relate. */
    List<Subscriber> subscribersField() {
        return subscribers;
    }

    @Override
    public String toString() {
        return "Channel(" + id + ")";
    }
}
