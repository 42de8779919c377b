package dev.relate.examples.maps;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Map-keyed ends: {@code @OneToManyRel(key = "keyword")} on a {@code Map<String, Note>} holds each
 * note under its keyword (SQLAlchemy's {@code attribute_keyed_dict}, JPA's {@code @MapKey}). Adding
 * puts a note under its key and replaces the note that was there; the map's live view keeps
 * {@code note.item} in sync; a note whose keyword changed is still found, and {@code rekeyInNotes}
 * moves it to its new key.
 */
public final class MapKeyedExample {
    private MapKeyedExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Map-keyed collections (attribute_keyed_dict) ==");
        Item item = new Item("item");
        Note color = new Note("color", "blue");
        Note size = new Note("size", "large");
        ItemRelations.addToNotes(item, color);
        NoteRelations.setItem(size, item);
        out.println("addToNotes(item, color), setItem(size)     -> " + sorted(item.notes) + ", size.item "
                + size.item);

        Note red = new Note("color", "red");
        ItemRelations.notes(item).put("color", red);
        out.println("notes(item).put(\"color\", red)              -> " + sorted(item.notes) + ", blue.item "
                + color.item);

        try {
            ItemRelations.notes(item).put("shape", new Note("weight", "2kg"));
        } catch (IllegalArgumentException refused) {
            out.println("put(\"shape\", weight note)                  -> refused: " + refused.getMessage());
        }

        size.keyword = "dimensions";
        out.println("size.keyword = \"dimensions\"                -> still under \"size\": "
                + sorted(item.notes));
        ItemRelations.rekeyInNotes(item, size);
        out.println("rekeyInNotes(item, size)                   -> " + sorted(item.notes));

        Item other = new Item("other");
        NoteRelations.setItem(red, other);
        out.println("setItem(red, other)                        -> item " + sorted(item.notes) + ", other "
                + sorted(other.notes));

        ItemRelations.notes(other).values().remove(red);
        out.println("notes(other).values().remove(red)          -> other " + sorted(other.notes) + ", red.item "
                + red.item);

        try {
            ItemRelations.setNotes(item, Arrays.asList(new Note("a", "1"), new Note("a", "2")));
        } catch (IllegalArgumentException refused) {
            out.println("setNotes(item, [a: 1, a: 2])               -> refused, " + sorted(item.notes)
                    + " (all or nothing)");
        }

        ItemRelations.notes(item).entrySet().removeIf(entry -> entry.getKey().startsWith("d"));
        out.println("entrySet().removeIf(key starts with \"d\")   -> " + sorted(item.notes) + ", size.item "
                + size.item);
    }

    /** The map in key order, for printing the same whatever the map's own order. */
    private static Map<String, Note> sorted(Map<String, Note> notes) {
        return new TreeMap<>(notes);
    }
}
