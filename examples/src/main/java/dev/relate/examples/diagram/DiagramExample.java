package dev.relate.examples.diagram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagram of the model: relate draws, at compile time, each class's relationships as a Mermaid
 * class diagram beside its helpers ({@code META-INF/relate/model/<class>.mmd}), and this module asks
 * with {@code -Arelate.diagram=model} for the whole compilation's too ({@code META-INF/relate/model.mmd}).
 * Both are resources: they ship in the jar and are read here from the class path.
 */
public final class DiagramExample {
    /** The whole model's diagram. */
    public static final String MODEL = "META-INF/relate/model.mmd";

    /** The diagram of the one-to-many example's Parent. */
    public static final String PARENT = "META-INF/relate/model/dev.relate.examples.onetomany.Parent.mmd";

    private DiagramExample() {
    }

    public static void run(PrintStream out) {
        out.println("== Diagram of the model ==");
        List<String> model = lines(MODEL);
        int classes = 0;
        int relationships = 0;
        int subclasses = 0;
        for (String line : model) {
            if (line.trim().startsWith("class ")) {
                classes++;
            } else if (line.contains(" -- ") || line.contains(" --> ")) {
                relationships++;
            } else if (line.contains(" <|-- ")) {
                subclasses++;
            }
        }
        out.println(MODEL + " -> a Mermaid classDiagram of " + classes + " classes, " + relationships
                + " relationships and " + subclasses + " subclass arrow" + (subclasses == 1 ? "" : "s")
                + ", on the class path (target/classes here, the jar once packaged)");
        out.println(PARENT + ":");
        for (String line : lines(PARENT)) {
            out.println("    " + line);
        }
        out.println("render it: paste it into a ```mermaid block on GitHub, or mmdc -i model.mmd -o model.svg");
    }

    /** The lines of a resource on the class path. */
    static List<String> lines(String resource) {
        try (InputStream in = DiagramExample.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path: relate wrote no diagram");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(readAll(in), StandardCharsets.UTF_8).split("\n")) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code InputStream.readAllBytes}, which Java 8 lacks. */
    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
            bytes.write(buffer, 0, read);
        }
        return bytes.toByteArray();
    }
}
