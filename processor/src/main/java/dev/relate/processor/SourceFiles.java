package dev.relate.processor;

import com.palantir.javapoet.JavaFile;
import dev.relate.processor.write.FileWriting;
import dev.relate.processor.write.Fingerprint;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes a generated class through the {@link Filer}, as {@link JavaFile#writeTo(Filer)} does, but
 * renders it to a string first: the filer's writer encodes each small write on its own, which cost
 * as much as half of the rendering for the hundreds of lines of a helper class.
 */
final class SourceFiles {
    private SourceFiles() {
    }

    static void write(GeneratedFile generated, Filer filer) throws IOException {
        JavaFile file = generated.file();
        String text = Fingerprint.stamp(FileWriting.text(file), generated.members());
        String name = file.packageName().isEmpty() ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
        JavaFileObject source = filer.createSourceFile(name,
                file.typeSpec().originatingElements().toArray(new Element[0]));
        try (Writer writer = source.openWriter()) {
            writer.write(text);
        } catch (IOException | RuntimeException e) {
            source.delete();
            throw e;
        }
    }
}
