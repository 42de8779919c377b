package dev.relate.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Which diagrams relate writes, as {@code -Arelate.diagram} says. */
enum DiagramMode {
    /** A diagram of each class's relationships, beside its helpers: the default. */
    CLASSES,
    /** Those, and one of every relationship of the compilation, when processing is over. */
    MODEL,
    /** No diagram. */
    NONE;

    /**
     * The mode an option's value names (any case, spaces around ignored); the default when not given;
     * null for any other value.
     */
    static DiagramMode of(String value) {
        if (value == null) {
            return CLASSES;
        }
        for (DiagramMode mode : values()) {
            if (mode.name().equalsIgnoreCase(value.strip())) {
                return mode;
            }
        }
        return null;
    }

    /** The values the option takes: {@code classes, model, none}. */
    static String names() {
        List<String> names = new ArrayList<>();
        for (DiagramMode mode : values()) {
            names.add(mode.name().toLowerCase(Locale.ROOT));
        }
        return String.join(", ", names);
    }
}
