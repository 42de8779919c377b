package dev.relate.runtime;

import java.util.Collection;
import java.util.Map;

/**
 * The map end of a many-to-many relationship keyed by an attribute of the element:
 * {@code post.tags}, a {@code Map<String, Tag>} holding each tag under {@code tag.name}, with
 * {@code tag.posts} (a collection) as the other end. {@code t} is in {@code p.tags}, under one key,
 * exactly when {@code p} is in {@code t.posts}, once. Putting a tag under a key another tag of the
 * post holds unlinks that one from both sides. The other end's class is a
 * {@link ManyToManyMapInverseEnd}.
 *
 * @param <O> the class that owns the map
 * @param <K> the key type
 * @param <E> the class on the other side
 * @param <M> the declared type of the map field
 * @param <I> the declared type of the other end's field
 */
public abstract class ManyToManyMapEnd<O, K, E, M extends Map<K, E>, I extends Collection<O>>
        extends MapEnd<O, K, E, M> {
    private final String inverseName;

    /**
     * @param name the end as users write it, {@code "Post.tags"}, for messages
     * @param elementType the class on the other side
     * @param keyName the key attribute as users write it, {@code "Tag.name"}, for messages
     * @param inverseName the other end, {@code "Tag.posts"}
     */
    protected ManyToManyMapEnd(String name, Class<E> elementType, String keyName, String inverseName) {
        this(name, elementType, keyName, inverseName, 0);
    }

    /**
     * @param events {@link #VALIDATES} and {@link #LISTENS}, or-ed, where a class declares a validator
     *     or a listener of the end (this one or the other)
     */
    protected ManyToManyMapEnd(String name, Class<E> elementType, String keyName, String inverseName, int events) {
        super(name, elementType, keyName, events);
        this.inverseName = inverseName;
    }

    /** Reads the other end's field on an element: its collection, or {@code null}. */
    protected abstract I inverse(E element);

    /**
     * Writes the element's field of the other end: a new, empty collection, returned, where
     * {@code create} is true (the field is {@code null}); else {@code null} again, after an operation
     * that created the collection failed. The default throws: generated code overrides it where it can.
     */
    protected I storeInverse(E element, boolean create) {
        throw Problems.cannotCreate(inverseName);
    }

    /**
     * Writes {@code null} to the element's field of the other end again, whose collection an operation
     * created ({@link #storeInverse}) and then failed: the field is as it was.
     */
    final void dropInverse(E element) {
        storeInverse(element, false);
    }

    /**
     * Whether the element's collection holds the owner: one lookup in the owner's map under the
     * element's key, which answers for every element held under its key; else a search of the
     * element's collection by identity (one lookup in a hash set of a class that keeps
     * {@code Object}'s {@code equals}).
     */
    @Override
    final boolean linkedTo(O owner, E element) {
        M map = map(owner);
        if (map != null && !map.isEmpty()) {
            K key = keyOf(element);
            if (key != null && map.get(key) == element) {
                return true;
            }
        }
        I other = inverse(element);
        if (other == null || other.isEmpty()) {
            return false;
        }
        if (Links.shape(other) == Links.UNSORTED_SET && Links.equalsIsIdentity(owner)) {
            return Links.contains(other, owner);
        }
        return Links.containsItself(other, owner);
    }

    /** An element not linked yet is in none of the owner's map; a linked one may be under an old key. */
    @Override
    final Map<K, E> heldIn(O owner, E element, boolean joins) {
        return joins ? null : map(owner);
    }

    /** @return {@link #CREATED_INVERSE} where it created the element's collection, else null */
    @Override
    final Object joined(O owner, E element) {
        I other = inverse(element);
        if (other == null) {
            Journal.addToCreated(storeInverse(element, true), owner, () -> dropInverse(element));
            return CREATED_INVERSE;
        }
        if (!Links.add(other, owner)) {
            throw Problems.equalElement(inverseName, owner);
        }
        return null;
    }

    /** What {@link #joined} answers where it created the element's collection, which undoing drops. */
    private static final Object CREATED_INVERSE = new Object();

    @Override
    final void unjoined(O owner, E element, Object token) {
        Links.removeSame(inverse(element), owner);
        if (token == CREATED_INVERSE) {
            dropInverse(element);
        }
    }

    /** @return where the element's collection held the owner, as {@link Links#removeSameAt} tells */
    @Override
    final long left(O owner, E element) {
        return Links.removeSameAt(inverse(element), owner);
    }

    @Override
    final void rejoined(O owner, E element, long where) {
        Links.putBack(inverse(element), owner, (int) where);
    }
}
