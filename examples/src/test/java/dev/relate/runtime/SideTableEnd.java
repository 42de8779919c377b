package dev.relate.runtime;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A one-to-many end over {@link Holder#items} whose other end, the scalar "owner" of each element, is
 * kept in a side table rather than in a field of the element, so that any object, of any class, can
 * be an element. It behaves as a generated end: membership is "the element's owner is this holder".
 *
 * @param <C> the collection type the field holds
 */
final class SideTableEnd<C extends Collection<Object>> extends OneToManyEnd<Holder, Object, C> {
    private final Map<Object, Holder> owners = new IdentityHashMap<>();
    private final Supplier<? extends C> factory;

    /** @param factory creates the collection of a holder whose field is null, or {@code null} if it cannot */
    SideTableEnd(Supplier<? extends C> factory) {
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

    @Override
    protected Holder ownerOf(Object element) {
        return owners.get(element);
    }

    @Override
    protected void writeOwner(Object element, Holder owner) {
        if (owner == null) {
            owners.remove(element);
        } else {
            owners.put(element, owner);
        }
    }

    /** The element's owner as the side table records it, or {@code null}. */
    Holder owner(Object element) {
        return owners.get(element);
    }
}
