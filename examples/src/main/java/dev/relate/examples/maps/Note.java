package dev.relate.examples.maps;

import dev.relate.ManyToOneRel;

/** A note of an item, held in {@code item.notes} under its keyword. */
public class Note {
    String keyword;
    final String text;

    @ManyToOneRel(backPopulates = "notes")
    Item item;

    public Note(String keyword, String text) {
        this.keyword = keyword;
        this.text = text;
    }

    @Override
    public String toString() {
        return keyword + ": " + text;
    }
}
