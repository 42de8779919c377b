package dev.relate.examples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The README shows the examples' diagram as relate writes it: its {@code mermaid} block under
 * "Diagram of the model" is {@code META-INF/relate/model.mmd} of this module, character for character.
 * After a change to the examples or to the diagrams, copy {@code target/classes/META-INF/relate/model.mmd}
 * into that block.
 */
class ReadmeDiagramTest {
    private static final Path README = Paths.get("../README.md");
    private static final Path MODEL = Paths.get("target/classes/META-INF/relate/model.mmd");

    @Test
    void theReadmeShowsTheDiagramRelateWritesForTheExamples() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## Diagram of the model\n");
        assertWithMessage("the section \"Diagram of the model\" of %s", README).that(section).isAtLeast(0);
        int start = readme.indexOf("```mermaid\n", section);
        assertWithMessage("a mermaid block in that section").that(start).isAtLeast(0);
        start += "```mermaid\n".length();
        int end = readme.indexOf("\n```\n", start);
        String block = readme.substring(start, end + 1);

        String written = Files.readString(MODEL, StandardCharsets.UTF_8);
        assertThat(written).startsWith("classDiagram\n");
        assertWithMessage("the README's diagram; copy %s there", MODEL.toAbsolutePath().normalize())
                .that(block).isEqualTo(written);
    }
}
