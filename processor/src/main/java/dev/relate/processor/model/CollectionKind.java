package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** The collection interfaces a collection end may be declared as, most specific last. */
public enum CollectionKind {
    COLLECTION("java.util", "Collection", "ArrayList"),
    LIST("java.util", "List", "ArrayList"),
    SET("java.util", "Set", "LinkedHashSet"),
    SORTED_SET("java.util", "SortedSet", "TreeSet"),
    NAVIGABLE_SET("java.util", "NavigableSet", "TreeSet"),
    /** A map holding each element under its key attribute. */
    MAP("java.util", "Map", "LinkedHashMap"),
    /** A sorted map holding each element under its key. */
    SORTED_MAP("java.util", "SortedMap", "TreeMap"),
    /** A navigable map ({@code NavigableMap}, {@code TreeMap}) holding each element under its key. */
    NAVIGABLE_MAP("java.util", "NavigableMap", "TreeMap");

    /** The collection kinds in the order to test a concrete type against them: most specific first. */
    public static final List<CollectionKind> MOST_SPECIFIC_FIRST =
            List.of(NAVIGABLE_SET, SORTED_SET, SET, LIST, COLLECTION);

    private final ClassName interfaceName;
    private final ClassName defaultImplementation;

    CollectionKind(String pkg, String interfaceName, String defaultImplementation) {
        this.interfaceName = ClassName.get(pkg, interfaceName);
        this.defaultImplementation = ClassName.get(pkg, defaultImplementation);
    }

    /** The interface, {@code java.util.List}. */
    public ClassName interfaceName() {
        return interfaceName;
    }

    /** What relate creates for a null field declared as the interface itself. */
    public ClassName defaultImplementation() {
        return defaultImplementation;
    }

    /** Whether the kind keeps its elements (a map: its keys) in a comparator's order. */
    public boolean isSorted() {
        return this == SORTED_SET || this == NAVIGABLE_SET || this == SORTED_MAP || this == NAVIGABLE_MAP;
    }

    /** Whether the kind is a map, holding each element under its key. */
    public boolean isMap() {
        return this == MAP || this == SORTED_MAP || this == NAVIGABLE_MAP;
    }

    /** Whether the kind is a set, which holds no two equal elements. */
    public boolean isSet() {
        return this == SET || isSorted();
    }
}
