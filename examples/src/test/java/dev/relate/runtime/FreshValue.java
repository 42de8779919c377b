package dev.relate.runtime;

/** Template for {@link Fresh}: an element class that declares its own {@code equals}, by key. */
final class FreshValue {
    private final String key;

    FreshValue(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FreshValue && ((FreshValue) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return "FreshValue(" + key + ")";
    }
}
