package dev.relate.processor.errors;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.relate.processor.check.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message relate can report about a declaration has a test in this package that checks it. */
class MessageCoverageTest {
    /**
     * Tested elsewhere: they are about relate itself, the file system and the build's options, not about a
     * declaration ({@code DiagramTest} checks the diagram option's).
     */
    private static final Set<Message> ELSEWHERE = EnumSet.of(Message.UNEXPECTED, Message.CANNOT_WRITE,
            Message.DIAGRAM_OPTION);

    @Test
    void everyMessageHasATest() throws IOException {
        Path tests = Paths.get("src/test/java/dev/relate/processor/errors");
        String sources;
        try (Stream<Path> files = Files.list(tests)) {
            sources = files.filter(file -> file.toString().endsWith("Test.java"))
                    .filter(file -> !file.endsWith("MessageCoverageTest.java"))
                    .map(MessageCoverageTest::read)
                    .collect(Collectors.joining("\n"));
        }
        for (Message message : Message.values()) {
            if (!ELSEWHERE.contains(message)) {
                assertWithMessage("a test in %s asserting \"%s\"", tests, message.id())
                        .that(sources).contains("\"" + message.id() + "\"");
            }
        }
    }

    @Test
    void idsAreDistinct() {
        Set<String> ids = Stream.of(Message.values()).map(Message::id).collect(Collectors.toSet());
        assertWithMessage("message ids").that(ids.size()).isEqualTo(Message.values().length);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
