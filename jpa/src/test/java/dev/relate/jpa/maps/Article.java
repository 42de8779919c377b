package dev.relate.jpa.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.MapKey;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** JPA's mappings only: {@code @ManyToMany @MapKey(name = "name")}, read by relate as a many-to-many map end. */
@Entity
@Table(name = "mk_article")
public class Article {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToMany
    @JoinTable(name = "mk_article_topic")
    @MapKey(name = "name")
    private Map<String, Topic> topics = new HashMap<>();

    public Long getId() {
        return id;
    }

    public Map<String, Topic> getTopics() {
        return topics;
    }

    public void setTopics(Map<String, Topic> topics) {
        this.topics = topics;
    }
}
