package dev.relate.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.processor.check.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word relate says at compile time is in {@link Message}: the checker, and the processor where
 * it adds to a message, pass names, types and {@link Message.Part}s, never English of their own; and
 * every part is used.
 */
class MessageWordingTest {
    private static final Path MAIN = Paths.get("src/main/java/dev/relate/processor");
    /** Two lower-case words, or a word with a space before or after it: wording (SQL types are upper case). */
    private static final Pattern WORDING = Pattern.compile("[a-z]{2,} [a-z]{2,}|^ [a-z]|[a-z] $");

    /** The files that word diagnostics, besides Message.java. */
    private static List<Path> reporting() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> check = Files.list(MAIN.resolve("check"))) {
            check.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Message.java")).forEach(files::add);
        }
        files.add(MAIN.resolve("HeldMessages.java"));
        files.add(MAIN.resolve("RelateProcessor.java"));
        files.add(MAIN.resolve("RelateClaims.java"));
        return files;
    }

    @Test
    void noWordingOutsideTheCatalogue() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : reporting()) {
            for (String literal : stringLiterals(Files.readString(file))) {
                if (WORDING.matcher(literal).find()) {
                    found.add(file.getFileName() + ": \"" + literal + "\"");
                }
            }
        }
        assertWithMessage("string literals that word a message outside Message.java").that(found).isEmpty();
    }

    @Test
    void everyPartIsUsed() throws IOException {
        String sources;
        try (Stream<Path> files = Files.walk(MAIN)) {
            sources = files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Message.java"))
                    .map(MessageWordingTest::read).collect(Collectors.joining("\n"));
        }
        for (Message.Part part : Message.Part.values()) {
            assertWithMessage("a use of Message.Part.%s in %s", part.name(), MAIN).that(sources)
                    .containsMatch("Part\\." + part.name() + "\\b");
        }
    }

    /** The string literals of a source file, outside comments, with their escapes as written. */
    private static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? source.length() : i;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\') {
                        literal.append(source.charAt(i++));
                    }
                    literal.append(source.charAt(i++));
                }
                literals.add(literal.toString());
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
