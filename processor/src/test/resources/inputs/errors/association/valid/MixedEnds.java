package test.valid.association;

import dev.relate.AssociationObject;
import dev.relate.ManyToOneRel;
import dev.relate.OneToManyRel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One end declared with backPopulates and one with backref, in either order; a Collection and a
 * SortedSet of associations; extra data of several fields, and a relationship of the association
 * itself besides its two ends.
 */
public class MixedEnds {
    public static class Playlist {
        @OneToManyRel(backPopulates = "playlist")
        Collection<Entry> entries = new ArrayList<>();
    }

    public static class Song {
        SortedSet<Entry> entries = new TreeSet<>();
    }

    public static class Comment {
        @ManyToOneRel(backPopulates = "comments")
        Entry entry;
    }

    @AssociationObject
    public static class Entry implements Comparable<Entry> {
        @ManyToOneRel(backPopulates = "entries")
        Playlist playlist;

        int position;

        @ManyToOneRel(backref = "entries")
        Song song;

        String addedBy;

        @OneToManyRel(backPopulates = "entry")
        List<Comment> comments = new ArrayList<>();

        @Override
        public int compareTo(Entry other) {
            return Integer.compare(position, other.position);
        }
    }
}
