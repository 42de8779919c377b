package dev.relate.examples.entity;

import dev.relate.ManyToManyRel;
import java.util.LinkedHashSet;
import java.util.Set;

public class Tag {
    final String label;

    @ManyToManyRel(backPopulates = "tags")
    Set<Order> orders = new LinkedHashSet<>();

    public Tag(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
