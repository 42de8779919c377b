package dev.relate.examples.runtime.maps;

import dev.relate.ManyToOneRel;

/** A note, held in its owner's map under its keyword. */
public class Note {
    String keyword;

    @ManyToOneRel(backPopulates = "notes")
    Owner owner;

    public Note(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String toString() {
        return "note(" + keyword + ")";
    }
}
