package dev.relate.examples.runtime.manytomany.described;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.relate.examples.runtime.db.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code saveLinks} names the objects of a row only in its error: ends whose {@code toString}
 * recurses through the other end (Lombok's {@code @ToString} on both classes of a pair) save and
 * load as any other, and their {@code toString} is never called.
 */
class DescribedRowsTest {
    @BeforeEach
    void count() {
        Poster.described = 0;
        Tag.described = 0;
    }

    @Test
    void savingAndLoadingCallNoToString() throws Exception {
        Poster first = new Poster(1);
        Poster second = new Poster(2);
        Tag java = new Tag("java");
        Tag sql = new Tag("sql");
        PosterRelations.addToTags(first, java);
        PosterRelations.addToTags(first, sql);
        PosterRelations.addToTags(second, java);
        try (Connection connection = TestDatabase.H2.open()) {
            MmPosterTagTable.createTable(connection);

            assertThat(MmPosterTagTable.saveLinks(connection, Arrays.asList(java, sql))).isEqualTo(3);

            Poster firstAgain = new Poster(1);
            Poster secondAgain = new Poster(2);
            Tag javaAgain = new Tag("java");
            Tag sqlAgain = new Tag("sql");
            assertThat(MmPosterTagTable.loadLinks(connection, Arrays.asList(javaAgain, sqlAgain),
                    Arrays.asList(firstAgain, secondAgain))).isEqualTo(3);
            assertThat(firstAgain.tags).containsExactly(javaAgain, sqlAgain);
            assertThat(secondAgain.tags).containsExactly(javaAgain);
            assertThat(javaAgain.posters).containsExactly(firstAgain, secondAgain);
        }
        assertThat(Poster.described + Tag.described).isEqualTo(0);
    }

    @Test
    void aPairStoredTwiceIsStillNamedInTheError() throws Exception {
        Tag tag = new Tag("t");
        Poster one = new Poster(7);
        Poster twin = new Poster(7);
        TagRelations.addToPosters(tag, one);
        TagRelations.addToPosters(tag, twin);
        // so that the error's description ends: the posters no longer name the tag
        one.tags = new ArrayList<>();
        twin.tags = new ArrayList<>();
        try (Connection connection = TestDatabase.H2.open()) {
            MmPosterTagTable.createTable(connection);

            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> MmPosterTagTable.saveLinks(connection, List.of(tag)));

            assertThat(e).hasMessageThat().contains("both link the ids (t, 7)");
            assertThat(e).hasMessageThat().contains("Poster(id=7, tags=[])");
        }
    }
}
