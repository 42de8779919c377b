package dev.relate.examples.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A base for the test domain classes: a unique, increasing id (so objects created later sort later)
 * and a readable {@code toString} for failure messages. Equality stays identity.
 */
public abstract class Entity {
    private static final AtomicInteger IDS = new AtomicInteger();

    public final int id = IDS.incrementAndGet();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id;
    }
}
