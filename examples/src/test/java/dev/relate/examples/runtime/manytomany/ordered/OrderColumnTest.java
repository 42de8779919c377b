package dev.relate.examples.runtime.manytomany.ordered;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.db.ConnectedCases;
import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Order columns ({@code @ManyToManyRel(orderColumn = ...)}) on H2 and on PostgreSQL: what
 * {@code saveLinks} writes, and that {@code loadLinks} gives fresh objects their lists in the saved
 * order, on both ends of {@code oc_playlist_song} and on the right end of {@code oc_song_mood}.
 */
class OrderColumnTest {
    @Nested
    class OnH2 extends Cases {
        OnH2() {
            super(TestDatabase.H2);
        }
    }

    @Nested
    class OnPostgreSQL extends Cases {
        OnPostgreSQL() {
            super(TestDatabase.POSTGRESQL);
        }
    }

    abstract static class Cases extends ConnectedCases {
        Cases(TestDatabase db) {
            super(db);
        }

        /** Each row as {@code "left->right"} with its order columns' values ({@code null} printed as such). */
        private Map<String, String> rows(String table, String... orderColumns) throws SQLException {
            Map<String, String> rows = new TreeMap<>();
            String columns = orderColumns.length == 0 ? "" : ", " + String.join(", ", orderColumns);
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT left_id, right_id" + columns + " FROM " + table)) {
                while (result.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < orderColumns.length; i++) {
                        values.add(String.valueOf(result.getObject(3 + i)));
                    }
                    rows.put(result.getObject(1) + "->" + result.getObject(2), String.join(",", values));
                }
            }
            return rows;
        }

        private static <T> List<String> ids(List<T> list, Function<T, Object> id) {
            return list.stream().map(element -> String.valueOf(id.apply(element))).collect(Collectors.toList());
        }

        @Test
        void theTableHasAnIntegerColumnForEachOrderedEnd() throws SQLException {
            OcPlaylistSongTable.createTable(connection);
            OcSongMoodTable.createTable(connection);
            assertThat(OcPlaylistSongTable.LEFT_ORDER_COLUMN).isEqualTo("playlist_position");
            assertThat(OcPlaylistSongTable.RIGHT_ORDER_COLUMN).isEqualTo("song_position");
            assertThat(OcSongMoodTable.RIGHT_ORDER_COLUMN).isEqualTo("song_position");
            assertThat(OcPlaylistSongTable.CREATE_SQL).contains("playlist_position INTEGER, song_position INTEGER");
            assertThat(OcSongMoodTable.CREATE_SQL).isEqualTo("CREATE TABLE oc_song_mood (left_id VARCHAR(255) NOT NULL,"
                    + " right_id INTEGER NOT NULL, song_position INTEGER, PRIMARY KEY (left_id, right_id))");
            try (ResultSet columns = connection.getMetaData().getColumns(null, null,
                    db.identifier("oc_playlist_song"), null)) {
                List<String> names = new ArrayList<>();
                while (columns.next()) {
                    names.add(columns.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                }
                assertThat(names).containsExactly("left_id", "right_id", "playlist_position", "song_position")
                        .inOrder();
            }
        }

        @Test
        void saveWritesEachLinksIndexInBothLists() throws SQLException {
            OcPlaylistSongTable.createTable(connection);
            Song a = new Song("a");
            Song b = new Song("b");
            Playlist one = new Playlist(1);
            Playlist two = new Playlist(2);
            PlaylistRelations.addToSongs(one, b);
            PlaylistRelations.addToSongs(one, a);
            PlaylistRelations.addToSongs(two, a);
            // a.playlists is [one, two]; b.playlists [one]; one.songs [b, a]; two.songs [a]
            assertThat(OcPlaylistSongTable.saveLinks(connection, List.of(a, b))).isEqualTo(3);
            assertThat(rows("oc_playlist_song", "playlist_position", "song_position")).isEqualTo(Map.of(
                    "a->1", "0,1", "a->2", "1,0", "b->1", "0,0"));
        }

        @Test
        void loadGivesFreshObjectsBothListsInTheSavedOrder() throws SQLException {
            OcPlaylistSongTable.createTable(connection);
            Random random = new Random(15);
            List<Song> songs = new ArrayList<>();
            List<Playlist> playlists = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                songs.add(new Song("s" + (char) ('a' + i)));
                playlists.add(new Playlist(i));
            }
            for (Playlist playlist : playlists) {
                List<Song> shuffled = new ArrayList<>(songs);
                Collections.shuffle(shuffled, random);
                for (Song song : shuffled.subList(0, random.nextInt(songs.size()))) {
                    PlaylistRelations.addToSongs(playlist, song);
                }
            }
            // the songs' lists get an order of their own, unlike the order the links were made in
            for (Song song : songs) {
                SongRelations.playlists(song).sort((x, y) -> Long.compare(y.id, x.id));
                Collections.swap(song.playlists, 0, song.playlists.size() / 2);
            }
            OcPlaylistSongTable.saveLinks(connection, songs);

            Map<String, Song> freshSongs = new TreeMap<>();
            Map<Long, Playlist> freshPlaylists = new TreeMap<>();
            songs.forEach(song -> freshSongs.put(song.id, new Song(song.id)));
            playlists.forEach(playlist -> freshPlaylists.put(playlist.id, new Playlist(playlist.id)));
            OcPlaylistSongTable.loadLinks(connection, freshSongs.values(), freshPlaylists.values());
            for (Song song : songs) {
                assertThat(ids(freshSongs.get(song.id).playlists, p -> p.id)).isEqualTo(ids(song.playlists, p -> p.id));
            }
            for (Playlist playlist : playlists) {
                assertThat(ids(freshPlaylists.get(playlist.id).songs, s -> s.id))
                        .isEqualTo(ids(playlist.songs, s -> s.id));
            }
            // loading again makes no link and moves nothing
            List<String> before = ids(freshPlaylists.get(3L).songs, s -> s.id);
            assertThat(OcPlaylistSongTable.loadLinks(connection, freshSongs.values(), freshPlaylists.values()))
                    .isEqualTo(0);
            assertThat(ids(freshPlaylists.get(3L).songs, s -> s.id)).isEqualTo(before);
        }

        @Test
        void onlyTheOrderedEndIsRestoredWhereTheOtherEndIsASet() throws SQLException {
            OcSongMoodTable.createTable(connection);
            Song a = new Song("a");
            Song b = new Song("b");
            Song c = new Song("c");
            Mood calm = new Mood(7);
            MoodRelations.addToSongs(calm, c);
            MoodRelations.addToSongs(calm, a);
            MoodRelations.addToSongs(calm, b);
            assertThat(OcSongMoodTable.saveLinks(connection, List.of(a, b, c))).isEqualTo(3);
            assertThat(rows("oc_song_mood", "song_position")).isEqualTo(Map.of(
                    "a->7", "1", "b->7", "2", "c->7", "0"));
            Mood fresh = new Mood(7);
            OcSongMoodTable.loadLinks(connection, List.of(new Song("a"), new Song("b"), new Song("c")), List.of(fresh));
            assertThat(ids(fresh.songs, s -> s.id)).containsExactly("c", "a", "b").inOrder();
        }

        @Test
        void linksALoadMakesComeAfterWhatTheListHeldInTheirStoredOrder() throws SQLException {
            OcPlaylistSongTable.createTable(connection);
            Playlist one = new Playlist(1);
            Song a = new Song("a");
            Song b = new Song("b");
            Song c = new Song("c");
            PlaylistRelations.addToSongs(one, c);
            PlaylistRelations.addToSongs(one, a);
            PlaylistRelations.addToSongs(one, b);
            OcPlaylistSongTable.saveLinks(connection, List.of(a, b, c));

            Playlist fresh = new Playlist(1);
            Song freshA = new Song("a");
            Song freshB = new Song("b");
            Song freshC = new Song("c");
            Song mine = new Song("z");
            PlaylistRelations.addToSongs(fresh, mine);
            PlaylistRelations.addToSongs(fresh, freshA);
            assertThat(OcPlaylistSongTable.loadLinks(connection, List.of(freshA, freshB, freshC), List.of(fresh)))
                    .isEqualTo(2);
            // a was linked already and stays; c and b, linked by the load, come after in the saved order
            assertThat(ids(fresh.songs, s -> s.id)).containsExactly("z", "a", "c", "b").inOrder();
        }

        @Test
        void rowsWithoutAnIndexComeLastInTheOrderOfTheIds() throws SQLException {
            OcPlaylistSongTable.createTable(connection);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO oc_playlist_song (left_id, right_id, song_position) VALUES (?, ?, ?)")) {
                Object[][] rows = {{"d", 1, null}, {"b", 1, 5}, {"a", 1, null}, {"c", 1, 2}, {"e", 1, 2}};
                for (Object[] row : rows) {
                    insert.setObject(1, row[0]);
                    insert.setObject(2, row[1], java.sql.Types.BIGINT);
                    insert.setObject(3, row[2], java.sql.Types.INTEGER);
                    insert.executeUpdate();
                }
            }
            Playlist fresh = new Playlist(1);
            List<Song> songs = new ArrayList<>();
            for (String id : List.of("e", "d", "c", "b", "a")) {
                songs.add(new Song(id));
            }
            OcPlaylistSongTable.loadLinks(connection, songs, List.of(fresh));
            // c and e tie at 2 and keep the order of the ids; a and d have no index
            assertThat(ids(fresh.songs, s -> s.id)).containsExactly("c", "e", "b", "a", "d").inOrder();
        }

        @Test
        void aFailedSaveUnderAutocommitLeavesTheRowsAndTheOrderAsTheyWere() throws SQLException {
            // a table made before the order columns were declared: the insert names a column it lacks
            execute("CREATE TABLE oc_playlist_song (left_id VARCHAR(255) NOT NULL, right_id BIGINT NOT NULL,"
                    + " PRIMARY KEY (left_id, right_id))");
            execute("INSERT INTO oc_playlist_song (left_id, right_id) VALUES ('a', 1)");
            Song a = new Song("a");
            PlaylistRelations.addToSongs(new Playlist(2), a);
            assertThrows(SQLException.class, () -> OcPlaylistSongTable.saveLinks(connection, List.of(a)));
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(rows("oc_playlist_song")).isEqualTo(Map.of("a->1", ""));
        }
    }
}
