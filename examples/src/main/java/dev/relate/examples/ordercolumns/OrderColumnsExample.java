package dev.relate.examples.ordercolumns;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Order columns ({@code orderColumn = "song_position"}, JPA's {@code @OrderColumn}): the association
 * table stores each link's index in each end's list, so the lists come back from the database in the
 * order they were saved in, not in the order of the ids.
 */
public final class OrderColumnsExample {
    private OrderColumnsExample() {
    }

    public static void run(PrintStream out) throws SQLException {
        out.println("== Order columns (orderColumn = \"song_position\") ==");
        Song intro = new Song(1, "intro");
        Song drive = new Song(2, "drive");
        Song night = new Song(3, "night");
        Playlist road = new Playlist(10, "road");
        Playlist calm = new Playlist(20, "calm");
        PlaylistRelations.setSongs(calm, Arrays.asList(night));
        PlaylistRelations.setSongs(road, Arrays.asList(night, intro, drive));
        SongRelations.playlists(night).sort((a, b) -> a.name.compareTo(b.name));
        out.println("road.songs, night.playlists                -> " + road.songs + ", " + night.playlists);

        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:relate_order_columns")) {
            PlaylistSongTable.createTable(connection);
            int rows = PlaylistSongTable.saveLinks(connection, Arrays.asList(intro, drive, night));
            out.println("saved " + rows + " rows in " + PlaylistSongTable.NAME + " (song, playlist, "
                    + PlaylistSongTable.LEFT_ORDER_COLUMN + ", " + PlaylistSongTable.RIGHT_ORDER_COLUMN + ") -> "
                    + rows(connection));

            List<Song> songs = Arrays.asList(new Song(1, "intro"), new Song(2, "drive"), new Song(3, "night"));
            Playlist freshRoad = new Playlist(10, "road");
            Playlist freshCalm = new Playlist(20, "calm");
            PlaylistSongTable.loadLinks(connection, songs, Arrays.asList(freshRoad, freshCalm));
            out.println("loaded into fresh objects                  -> road.songs " + freshRoad.songs
                    + ", night.playlists " + songs.get(2).playlists);
        }
    }

    /** The rows as {@code (song, playlist, playlist_position, song_position)}, in the order of the ids. */
    private static List<String> rows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT " + PlaylistSongTable.LEFT_COLUMN + ", "
                        + PlaylistSongTable.RIGHT_COLUMN + ", " + PlaylistSongTable.LEFT_ORDER_COLUMN + ", "
                        + PlaylistSongTable.RIGHT_ORDER_COLUMN + " FROM " + PlaylistSongTable.NAME
                        + " ORDER BY 1, 2")) {
            while (result.next()) {
                rows.add("(" + result.getLong(1) + ", " + result.getLong(2) + ", " + result.getInt(3) + ", "
                        + result.getInt(4) + ")");
            }
        }
        return rows;
    }
}
