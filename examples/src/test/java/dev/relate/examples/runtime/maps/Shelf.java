package dev.relate.examples.runtime.maps;

import dev.relate.OneToManyRel;
import java.util.SortedMap;

/** Holds its books by position, in a sorted map that relate creates when first needed. */
public class Shelf {
    @OneToManyRel(backPopulates = "shelf", key = "position")
    SortedMap<Integer, Book> books;
}
