package dev.relate.processor;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/** Writes a diagram as a resource of the class output, where it ships in the jar beside the classes. */
final class DiagramFiles {
    private DiagramFiles() {
    }

    static void write(Filer filer, String path, String text, Element... origins) throws IOException {
        FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
        try (Writer writer = resource.openWriter()) {
            writer.write(text);
        } catch (IOException | RuntimeException e) {
            resource.delete();
            throw e;
        }
    }
}
