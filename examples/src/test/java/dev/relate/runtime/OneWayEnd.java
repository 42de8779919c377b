package dev.relate.runtime;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * A one-way end over {@link Holder#items}: nothing points back, as in a generated one-way end.
 *
 * @param <C> the collection type the field holds
 */
final class OneWayEnd<C extends Collection<Object>> extends OneWayCollectionEnd<Holder, Object, C> {
    private final Supplier<? extends C> factory;

    /** @param factory creates the collection of a holder whose field is null, or {@code null} if it cannot */
    OneWayEnd(Supplier<? extends C> factory) {
        super("Holder.items", Object.class);
        this.factory = factory;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected C collection(Holder owner) {
        return (C) owner.items;
    }

    @Override
    protected C storeCollection(Holder owner, boolean create) {
        if (factory == null) {
            return super.storeCollection(owner, create);
        }
        C created = create ? factory.get() : null;
        owner.items = created;
        return created;
    }
}
