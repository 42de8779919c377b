package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** The collection interfaces a collection end may be declared as, most specific last. */
public enum CollectionKind {
    COLLECTION("java.util", "Collection", "ArrayList", "collection"),
    LIST("java.util", "List", "ArrayList", "list"),
    SET("java.util", "Set", "LinkedHashSet", "set"),
    SORTED_SET("java.util", "SortedSet", "TreeSet", "sortedSet"),
    NAVIGABLE_SET("java.util", "NavigableSet", "TreeSet", "navigableSet");

    /** The kinds in the order to test a concrete type against them: most specific first. */
    public static final List<CollectionKind> MOST_SPECIFIC_FIRST =
            List.of(NAVIGABLE_SET, SORTED_SET, SET, LIST, COLLECTION);

    private final ClassName interfaceName;
    private final ClassName defaultImplementation;
    private final String viewFactory;

    CollectionKind(String pkg, String interfaceName, String defaultImplementation, String viewFactory) {
        this.interfaceName = ClassName.get(pkg, interfaceName);
        this.defaultImplementation = ClassName.get(pkg, defaultImplementation);
        this.viewFactory = viewFactory;
    }

    /** The interface, {@code java.util.List}. */
    public ClassName interfaceName() {
        return interfaceName;
    }

    /** What relate creates for a null field declared as the interface itself. */
    public ClassName defaultImplementation() {
        return defaultImplementation;
    }

    /** The {@code dev.relate.runtime.Views} method that makes a live view of this kind. */
    public String viewFactory() {
        return viewFactory;
    }

    /** Whether the kind keeps its elements in a comparator's order. */
    public boolean isSorted() {
        return this == SORTED_SET || this == NAVIGABLE_SET;
    }

    /** Whether the kind is a set, which holds no two equal elements. */
    public boolean isSet() {
        return this == SET || isSorted();
    }
}
