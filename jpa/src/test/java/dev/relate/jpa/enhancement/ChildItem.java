package dev.relate.jpa.enhancement;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The entity that inherits {@link Item}'s mapped {@code author}. */
@Entity
@Table(name = "enh_child_item")
public class ChildItem extends Item {
    private String title;

    protected ChildItem() {
    }

    public ChildItem(String title) {
        this.title = title;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String toString() {
        return "ChildItem(" + title + ")";
    }
}
