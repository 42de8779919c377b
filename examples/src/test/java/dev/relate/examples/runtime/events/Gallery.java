package dev.relate.examples.runtime.events;

import dev.relate.OneToManyRel;
import java.util.List;

/**
 * The left class of the association {@link Exhibit}, which declares no validator or listener: only the
 * right class, {@link Artist}, observes its end. Its list is {@code null} until relate creates it.
 */
class Gallery {
    final String name;
    @OneToManyRel(backPopulates = "gallery")
    List<Exhibit> exhibits;

    Gallery(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
