package dev.relate.examples.runtime.inmemory;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.examples.runtime.Invariants;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A many-to-many without {@code secondary} is kept in sync in memory like any other, between classes
 * that have no id, and relate writes no table class for it.
 */
class InMemoryManyToManyTest {
    private final Musician ann = new Musician("ann");
    private final Musician bob = new Musician("bob");
    private final Band quartet = new Band("quartet");
    private final Band trio = new Band("trio");

    @AfterEach
    void endsAgree() {
        Invariants.assertManyToMany("bands", List.of(ann, bob), List.of(quartet, trio), m -> m.bands,
                b -> b.members);
    }

    @Test
    void linksAppearOnBothEnds() {
        MusicianRelations.addToBands(ann, quartet);
        BandRelations.members(trio).add(ann);
        BandRelations.addToMembers(trio, bob);

        assertThat(ann.bands).containsExactly(quartet, trio).inOrder();
        assertThat(quartet.members).containsExactly(ann);
        assertThat(trio.members).containsExactly(ann, bob).inOrder();
        assertThat(bob.bands).containsExactly(trio);
    }

    @Test
    void unlinkingFromEitherEndUnlinksBoth() {
        MusicianRelations.addToBands(ann, quartet);
        MusicianRelations.addToBands(ann, trio);

        BandRelations.members(quartet).remove(ann);
        MusicianRelations.removeFromBands(ann, trio);

        assertThat(ann.bands).isEmpty();
        assertThat(quartet.members).isEmpty();
        assertThat(trio.members).isEmpty();
    }

    @Test
    void relateWritesTheHelpersOfBothEndsAndNoTableClass() throws IOException {
        // Maven's directory of the sources generated for the tests (the working directory is the module's)
        Path generated = Paths.get("target/generated-test-sources/test-annotations/dev/relate/examples/runtime/inmemory");
        List<String> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(generated)) {
            for (Path entry : entries) {
                files.add(entry.getFileName().toString());
            }
        }
        assertThat(files).containsExactly("BandRelations.java", "MusicianRelations.java");
    }
}
