package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.processor.check.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/errors.md, the catalogue of compile errors, stays complete and true: an entry for every id of
 * {@link Message} and for nothing else, each with its message as relate words it, a declaration, a
 * fix, and tests that exist.
 */
class ErrorCatalogueTest {
    /** The catalogue, from the processor module's directory, where the tests run. */
    private static final Path CATALOGUE = Paths.get("../docs/errors.md");
    private static final Path TESTS = Paths.get("src/test/java/dev/relate/processor");
    /** Stands for each variable part of a message. */
    private static final String HOLE = "\u0000";

    /** The text under each "### " heading, by heading. */
    private static Map<String, String> entries;

    @BeforeAll
    static void readCatalogue() throws IOException {
        assertWithMessage("the catalogue at %s", CATALOGUE.toAbsolutePath()).that(Files.isRegularFile(CATALOGUE))
                .isTrue();
        entries = new LinkedHashMap<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(CATALOGUE)) {
            if (line.startsWith("### ") || line.startsWith("## ")) {
                if (heading != null) {
                    entries.put(heading, text.toString());
                }
                heading = line.startsWith("### ") ? line.substring(4).strip() : null;
                text.setLength(0);
            } else if (heading != null) {
                text.append(line).append('\n');
            }
        }
        if (heading != null) {
            entries.put(heading, text.toString());
        }
    }

    @Test
    void everyIdHasAnEntry() {
        for (Message message : Message.values()) {
            assertWithMessage("an entry \"### %s\" in %s", message.id(), CATALOGUE).that(entries.keySet())
                    .contains(message.id());
        }
    }

    @Test
    void everyEntryIsAnId() {
        List<String> ids = Stream.of(Message.values()).map(Message::id).collect(Collectors.toList());
        assertWithMessage("the entries of %s", CATALOGUE).that(ids).containsAtLeastElementsIn(entries.keySet());
        assertThat(entries.size()).isEqualTo(ids.size());
    }

    /**
     * The message line says what relate says: every fixed part of the template, in order; the variable
     * parts are written in angle brackets.
     */
    @Test
    void everyEntryGivesTheMessageAsRelateWordsIt() {
        for (Message message : Message.values()) {
            String entry = entries.get(message.id());
            if (entry == null) {
                continue; // reported by everyIdHasAnEntry
            }
            String line = entry.lines().filter(l -> l.startsWith("Message: `")).findFirst().orElse(null);
            assertWithMessage("the line \"Message: `...`\" of %s", message.id()).that(line).isNotNull();
            String documented = line.substring("Message: `".length(), line.lastIndexOf('`'));
            Object[] holes = new Object[20];
            java.util.Arrays.fill(holes, HOLE);
            String template = message.format(holes).substring(("[" + message.id() + "] ").length());
            Pattern pattern = Pattern.compile(Stream.of(template.split(HOLE, -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*?")));
            assertWithMessage("the message of %s in %s, for the template %s", message.id(), CATALOGUE,
                    template.replace(HOLE, "%s")).that(pattern.matcher(documented).matches()).isTrue();
        }
    }

    @Test
    void everyEntryHasADeclarationAndAFix() {
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            assertWithMessage("a declaration in %s", entry.getKey()).that(entry.getValue()).contains("```java\n");
            assertWithMessage("a fix in %s", entry.getKey()).that(entry.getValue()).contains("\nFix: ");
        }
    }

    /** "Tested by: `FieldRulesTest.staticField`" names a test method that exists. */
    @Test
    void everyEntryNamesTestsThatExist() throws IOException {
        Pattern test = Pattern.compile("`(\\w+)\\.(\\w+)`");
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String line = entry.getValue().lines().filter(l -> l.startsWith("Tested by: ")).findFirst().orElse(null);
            assertWithMessage("the line \"Tested by: ...\" of %s", entry.getKey()).that(line).isNotNull();
            Matcher matcher = test.matcher(line);
            List<String> named = new ArrayList<>();
            while (matcher.find()) {
                named.add(matcher.group(1) + "." + matcher.group(2));
                Path file = TESTS.resolve("errors").resolve(matcher.group(1) + ".java");
                if (!Files.exists(file)) {
                    file = TESTS.resolve(matcher.group(1) + ".java");
                }
                assertWithMessage("%s, named by %s", file, entry.getKey()).that(Files.exists(file)).isTrue();
                assertWithMessage("the test %s named by %s", matcher.group(0), entry.getKey())
                        .that(Files.readString(file)).containsMatch("void " + matcher.group(2) + "\\(");
                assertWithMessage("%s, named by %s, checks its id", matcher.group(0), entry.getKey())
                        .that(Files.readString(file)).contains(entry.getKey());
            }
            assertWithMessage("tests named by %s", entry.getKey()).that(named).isNotEmpty();
        }
    }
}
