package dev.relate.runtime;

import java.util.Collection;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The runtime's ends over fields given as functions, as generated code would write them over real
 * fields: the ends the property tests of this package build for their worlds ({@link BoxWorld},
 * {@link UnobservedPathsPropertyTest}), a line each where each was a class of its own. A world that
 * arms faults on writes checks them in the writer it gives.
 */
final class FieldEnds {
    private FieldEnds() {
    }

    /** A field of {@code O} that holds a {@code V}: how an end reads it and how it writes it. */
    record Field<O, V>(Function<O, V> read, BiConsumer<O, V> write) {
    }

    /** A one-to-one's end {@code own}, whose other end is {@code other}. */
    static <A, B> OneToOneEnd<A, B> oneToOne(String name, int events, Field<A, B> own, Field<B, A> other) {
        return new OneToOneEnd<A, B>(name, events) {
            @Override
            protected B get(A owner) {
                return own.read().apply(owner);
            }

            @Override
            protected void write(A owner, B value) {
                own.write().accept(owner, value);
            }

            @Override
            protected A inverseOf(B value) {
                return other.read().apply(value);
            }

            @Override
            protected void writeInverse(B value, A owner) {
                other.write().accept(value, owner);
            }
        };
    }

    /** A one-to-many's collection end, whose elements' end is {@code owner}. */
    static <O, E, C extends Collection<E>> OneToManyEnd<O, E, C> oneToMany(String name, Class<E> type,
            int events, Function<O, C> collection, Field<E, O> owner) {
        return new OneToManyEnd<O, E, C>(name, type, events) {
            @Override
            protected C collection(O o) {
                return collection.apply(o);
            }

            @Override
            protected O ownerOf(E element) {
                return owner.read().apply(element);
            }

            @Override
            protected void writeOwner(E element, O o) {
                owner.write().accept(element, o);
            }
        };
    }

    /** A many-to-many's end on the owner's collection, whose elements hold theirs in {@code inverse}. */
    static <O, E, C extends Collection<E>, I extends Collection<O>> ManyToManyEnd<O, E, C, I> manyToMany(
            String name, Class<E> type, String inverseName, int events, Function<O, C> collection,
            Function<E, I> inverse) {
        return new ManyToManyEnd<O, E, C, I>(name, type, inverseName, events) {
            @Override
            protected C collection(O owner) {
                return collection.apply(owner);
            }

            @Override
            protected I inverse(E element) {
                return inverse.apply(element);
            }
        };
    }

    /** A one-to-many's map end, its elements under {@code key}, whose elements' end is {@code owner}. */
    static <O, K, E, M extends Map<K, E>> OneToManyMapEnd<O, K, E, M> oneToManyMap(String name,
            Class<E> type, String keyName, int events, Function<O, M> map, Function<E, K> key,
            Field<E, O> owner) {
        return new OneToManyMapEnd<O, K, E, M>(name, type, keyName, events) {
            @Override
            protected M map(O o) {
                return map.apply(o);
            }

            @Override
            protected K keyOf(E element) {
                return key.apply(element);
            }

            @Override
            protected O ownerOf(E element) {
                return owner.read().apply(element);
            }

            @Override
            protected void writeOwner(E element, O o) {
                owner.write().accept(element, o);
            }
        };
    }

    /** A many-to-many's map end, its elements under {@code key}, which hold their owners in {@code inverse}. */
    static <O, K, E, M extends Map<K, E>, I extends Collection<O>> ManyToManyMapEnd<O, K, E, M, I> manyToManyMap(
            String name, Class<E> type, String keyName, String inverseName, int events, Function<O, M> map,
            Function<E, K> key, Function<E, I> inverse) {
        return new ManyToManyMapEnd<O, K, E, M, I>(name, type, keyName, inverseName, events) {
            @Override
            protected M map(O owner) {
                return map.apply(owner);
            }

            @Override
            protected K keyOf(E element) {
                return key.apply(element);
            }

            @Override
            protected I inverse(E element) {
                return inverse.apply(element);
            }
        };
    }
}
