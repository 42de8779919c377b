package dev.relate.examples.runtime.property;

import dev.relate.ManyToManyRel;
import dev.relate.OneToManyRel;
import dev.relate.examples.runtime.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/** Ends holding {@link Label}s, which are equal by a key that can change: see {@link KeyedElementsTest}. */
class Board extends Entity {
    @OneToManyRel(backPopulates = "board")
    Set<Label> labels = new HashSet<>();

    @OneToManyRel(backPopulates = "pinnedOn")
    NavigableSet<Label> pinned = new TreeSet<>();

    @ManyToManyRel(secondary = "prop_watch", backPopulates = "watchers")
    Set<Label> watched = new HashSet<>();

    /** One-way. */
    @OneToManyRel
    List<Label> drafts = new ArrayList<>();
}
