package dev.relate.examples.runtime.positions;

import dev.relate.ManyToOneRel;
import dev.relate.examples.runtime.Entity;

/**
 * A task of a {@link Queue}. Its place is private, with accessors that count the writes, so that a
 * test sees which positions an operation wrote; the setter throws while {@link #refuse} is set.
 */
class Task extends Entity {
    /** Writes of {@code place} through its setter, by every task. */
    static int writes;

    @ManyToOneRel(backPopulates = "tasks")
    Queue queue;

    private int place = -1;

    /** Whether the next write of {@code place} throws. */
    boolean refuse;

    final String name;

    Task(String name) {
        this.name = name;
    }

    public int getPlace() {
        return place;
    }

    public void setPlace(int place) {
        if (refuse) {
            throw new IllegalStateException("refused " + name + ".place = " + place);
        }
        writes++;
        this.place = place;
    }

    @Override
    public String toString() {
        return name;
    }
}
