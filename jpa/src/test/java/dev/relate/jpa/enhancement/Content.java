package dev.relate.jpa.enhancement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Hibernate's {@code ContainedEntity}: the owning side of {@link Box#getContent()}. */
@Entity
@Table(name = "enh_content")
public class Content {
    @Id
    @GeneratedValue
    private long id;

    @Column(name = "value_")
    private String value;

    @OneToOne
    private Box box;

    protected Content() {
    }

    public Content(String value) {
        this.value = value;
    }

    public long getId() {
        return id;
    }

    public String getValue() {
        return value;
    }

    public Box getBox() {
        return box;
    }

    public void setBox(Box box) {
        ContentRelations.setBox(this, box);
    }
}
