package dev.relate.examples.positions;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;

/**
 * Kept positions ({@code position = "rank"}, SQLAlchemy's {@code ordering_list}): every change to
 * the list writes each moved track's new index into its {@code rank}, and only those.
 */
public final class PositionsExample {
    private PositionsExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Kept positions (position = \"rank\") ==");
        Playlist road = new Playlist("road");
        Track intro = new Track("intro");
        Track drive = new Track("drive");
        Track night = new Track("night");
        PlaylistRelations.setTracks(road, Arrays.asList(intro, drive, night));
        out.println("setTracks(road, [intro, drive, night])     -> " + road.tracks);

        Track dawn = new Track("dawn");
        PlaylistRelations.tracks(road).add(0, dawn);
        out.println("tracks(road).add(0, dawn)                  -> " + road.tracks);

        Playlist calm = new Playlist("calm");
        TrackRelations.setPlaylist(drive, calm);
        out.println("setPlaylist(drive, calm)                   -> road " + road.tracks + ", calm " + calm.tracks);

        PlaylistRelations.tracks(road).sort(Comparator.comparing((Track t) -> t.title).reversed());
        out.println("tracks(road).sort(by title, descending)    -> " + road.tracks);

        Collections.swap(PlaylistRelations.tracks(road), 0, 2);
        out.println("Collections.swap(tracks(road), 0, 2)       -> " + road.tracks);

        PlaylistRelations.removeFromTracks(road, dawn);
        out.println("removeFromTracks(road, dawn)               -> " + road.tracks + ", dawn.rank " + dawn.rank
                + " (in no list)");
    }
}
