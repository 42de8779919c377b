package dev.relate.runtime;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A live view of a map end, or of a range of it. Reads go to the owner's field on every call; every
 * mutation goes through the end, so that {@code put}, {@code remove}, {@code clear}, {@code putAll},
 * {@code replaceAll}, the defaults that build on them ({@code putIfAbsent}, {@code compute},
 * {@code merge}, ...), the entries' {@code setValue}, and {@code remove}, {@code removeIf},
 * {@code removeAll}, {@code retainAll} and {@code clear} on {@code keySet()}, {@code values()} and
 * {@code entrySet()} and their iterators all keep the elements' ends in sync.
 */
class LiveMap<O, K, E> extends AbstractMap<K, E> {
    final MapEnd<O, K, E, ? extends Map<K, E>> end;
    final O owner;

    LiveMap(MapEnd<O, K, E, ? extends Map<K, E>> end, O owner) {
        this.end = end;
        this.owner = owner;
    }

    /**
     * The map this view shows: the owner's map (created, and stored in the field, when
     * {@code create} is true and the field is null), or a range of it; null while the field is null.
     */
    Map<K, E> target(boolean create) {
        return create ? end.mapOrCreate(owner) : end.map(owner);
    }

    /** Whether this view shows every entry of the end, rather than a range. */
    boolean isWhole() {
        return true;
    }

    @Override
    public int size() {
        Map<K, E> target = target(false);
        return target == null ? 0 : target.size();
    }

    @Override
    public boolean isEmpty() {
        Map<K, E> target = target(false);
        return target == null || target.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        Map<K, E> target = target(false);
        return target != null && key != null && target.containsKey(key);
    }

    /** Whether the map holds this very element, under any key. */
    @Override
    public boolean containsValue(Object value) {
        return end.holds(owner, target(false), value);
    }

    @Override
    public E get(Object key) {
        Map<K, E> target = target(false);
        return target == null || key == null ? null : target.get(key);
    }

    /**
     * Puts {@code value} under {@code key}, which must be its key, unlinking the element that was
     * there; {@code value} leaves its previous owner.
     *
     * @throws IllegalArgumentException ({@code [RelateKeyMismatch]}) if {@code key} is not its key
     */
    @Override
    public E put(K key, E value) {
        end.checkElement(value);
        Map<K, E> target = target(false);
        return target != null ? end.put(owner, target, key, value) : putInCreated(key, value);
    }

    /** {@link #put} where the owner's field is {@code null}: the map it creates is dropped if the put fails. */
    private E putInCreated(K key, E value) {
        try {
            return end.put(owner, target(true), key, value);
        } catch (RuntimeException | Error e) {
            end.dropMap(e, owner);
            throw e;
        }
    }

    /**
     * Puts each value under its key as {@link #put} does, everything or nothing; every key is checked
     * against its value before anything changes.
     */
    @Override
    public void putAll(Map<? extends K, ? extends E> m) {
        List<E> values = new ArrayList<>(m.size());
        List<K> keys = new ArrayList<>(m.size());
        for (Map.Entry<? extends K, ? extends E> entry : m.entrySet()) {
            end.checkElement(entry.getValue());
            keys.add(entry.getKey());
            values.add(entry.getValue());
        }
        putChecked(keys, values);
    }

    /**
     * Replaces each value with what {@code function} gives for it, which must be an element with the
     * same key, everything or nothing: the function sees every entry before anything changes.
     */
    @Override
    public void replaceAll(BiFunction<? super K, ? super E, ? extends E> function) {
        List<K> keys = new ArrayList<>();
        List<E> values = new ArrayList<>();
        for (Map.Entry<K, E> entry : new ArrayList<>(entrySetOfTarget())) {
            E value = function.apply(entry.getKey(), entry.getValue());
            end.checkElement(value);
            keys.add(entry.getKey());
            values.add(value);
        }
        putChecked(keys, values);
    }

    private List<Map.Entry<K, E>> entrySetOfTarget() {
        Map<K, E> target = target(false);
        List<Map.Entry<K, E>> entries = new ArrayList<>();
        if (target != null) {
            for (Map.Entry<K, E> entry : target.entrySet()) {
                entries.add(new SimpleImmutableEntry<>(entry.getKey(), entry.getValue()));
            }
        }
        return entries;
    }

    /** Puts each value under its key, after checking that each key is its value's. */
    private void putChecked(List<K> keys, List<E> values) {
        if (values.isEmpty()) {
            return;
        }
        Map<K, E> existing = target(false);
        try {
            Map<K, E> into = existing != null ? existing : target(true);
            for (int i = 0; i < keys.size(); i++) {
                end.checkKey(into, keys.get(i), values.get(i));
            }
            end.putAll(owner, into, values);
        } catch (RuntimeException | Error e) {
            if (existing == null) {
                end.dropMap(e, owner);
            }
            throw e;
        }
    }

    /** Takes what is under {@code key} out and unlinks it. */
    @Override
    public E remove(Object key) {
        return end.removeKey(owner, target(false), key);
    }

    @Override
    public void clear() {
        end.removeMatching(owner, target(false), entry -> true);
    }

    @Override
    public Set<Map.Entry<K, E>> entrySet() {
        return new EntrySet();
    }

    @Override
    public Set<K> keySet() {
        return new KeySet();
    }

    @Override
    public Collection<E> values() {
        return new Values();
    }

    /** Iterates the map itself (so concurrent changes fail fast) and unlinks what it removes. */
    private final class UnlinkingIterator<T> implements Iterator<T> {
        private final Iterator<Map.Entry<K, E>> delegate;
        private final int part;
        private Map.Entry<K, E> last;

        /** @param part 0 for entries, 1 for keys, 2 for values */
        UnlinkingIterator(int part) {
            Map<K, E> target = target(false);
            this.delegate = target == null ? Collections.<Map.Entry<K, E>>emptyIterator()
                    : target.entrySet().iterator();
            this.part = part;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        @SuppressWarnings("unchecked")
        public T next() {
            last = delegate.next();
            return (T) (part == 0 ? new LiveEntry(last.getKey(), last.getValue()) : part == 1 ? last.getKey()
                    : last.getValue());
        }

        @Override
        public void remove() {
            Map.Entry<K, E> removed = last;
            if (removed == null) {
                delegate.remove(); // throws IllegalStateException
                return;
            }
            end.removeThrough(delegate, owner, removed.getValue());
            last = null;
        }
    }

    /** An entry of the view: {@code setValue} puts through the end. */
    private final class LiveEntry extends SimpleEntry<K, E> {
        private static final long serialVersionUID = 1L;

        LiveEntry(K key, E value) {
            super(key, value);
        }

        @Override
        public E setValue(E value) {
            E previous = put(getKey(), value);
            super.setValue(value);
            return previous;
        }
    }

    /** Removes the entries that match, everything or nothing. */
    private boolean removeEntries(Predicate<? super Map.Entry<K, E>> filter) {
        return end.removeMatching(owner, target(false), filter);
    }

    private final class EntrySet extends AbstractSet<Map.Entry<K, E>> {
        @Override
        public Iterator<Map.Entry<K, E>> iterator() {
            return new UnlinkingIterator<>(0);
        }

        @Override
        public int size() {
            return LiveMap.this.size();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> entry = (Map.Entry<?, ?>) o;
            return entry.getValue() != null && get(entry.getKey()) == entry.getValue();
        }

        @Override
        public boolean remove(Object o) {
            return contains(o) && LiveMap.this.remove(((Map.Entry<?, ?>) o).getKey()) != null;
        }

        @Override
        public void clear() {
            LiveMap.this.clear();
        }

        @Override
        public boolean removeIf(Predicate<? super Map.Entry<K, E>> filter) {
            return removeEntries(filter);
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return removeEntries(c::contains);
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return removeEntries(entry -> !c.contains(entry));
        }
    }

    private final class KeySet extends AbstractSet<K> {
        @Override
        public Iterator<K> iterator() {
            return new UnlinkingIterator<>(1);
        }

        @Override
        public int size() {
            return LiveMap.this.size();
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public boolean remove(Object o) {
            return LiveMap.this.remove(o) != null;
        }

        @Override
        public void clear() {
            LiveMap.this.clear();
        }

        @Override
        public boolean removeIf(Predicate<? super K> filter) {
            return removeEntries(entry -> filter.test(entry.getKey()));
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return removeEntries(entry -> c.contains(entry.getKey()));
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return removeEntries(entry -> !c.contains(entry.getKey()));
        }
    }

    /** The elements; {@code contains} and {@code remove} are by identity, the way relate links objects. */
    private final class Values extends AbstractCollection<E> {
        @Override
        public Iterator<E> iterator() {
            return new UnlinkingIterator<>(2);
        }

        @Override
        public int size() {
            return LiveMap.this.size();
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override
        public boolean remove(Object o) {
            return removeEntries(entry -> entry.getValue() == o);
        }

        @Override
        public void clear() {
            LiveMap.this.clear();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            return removeEntries(entry -> filter.test(entry.getValue()));
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            return removeEntries(entry -> c.contains(entry.getValue()));
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            return removeEntries(entry -> !c.contains(entry.getValue()));
        }
    }
}
