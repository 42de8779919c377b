package dev.relate.examples.runtime.hashes;

import java.util.Objects;

/**
 * The JPA entity pattern whose hash code changes: {@code equals} and {@code hashCode} use an id that
 * is null until the entity is persisted, which happens after it was linked. Two entities without an
 * id are equal only to themselves.
 */
abstract class Persisted {
    Long id;
    String name;

    Persisted(String name) {
        this.name = name;
    }

    /** What persisting does: gives the entity its id, and so a new hash code. */
    void persist(long newId) {
        id = newId;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o != null && o.getClass() == getClass() && id != null && id.equals(((Persisted) o).id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ", id " + id + ")";
    }
}
