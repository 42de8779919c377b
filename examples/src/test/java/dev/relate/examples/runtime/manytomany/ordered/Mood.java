package dev.relate.examples.runtime.manytomany.ordered;

import dev.relate.ManyToManyRel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The right class of {@code oc_song_mood} ({@code moods} before {@code songs}), whose list, a
 * {@code CopyOnWriteArrayList} (whose iterator cannot set), stores its order.
 */
class Mood {
    int id;

    @ManyToManyRel(secondary = "oc_song_mood", backPopulates = "moods", orderColumn = "song_position")
    List<Song> songs = new CopyOnWriteArrayList<>();

    Mood(int id) {
        this.id = id;
    }

    @Override
    public String toString() {
        return "Mood#" + id;
    }
}
