package dev.relate.processor;

import com.palantir.javapoet.JavaFile;
import dev.relate.processor.write.FileWriting;
import dev.relate.processor.write.Fingerprint;

/**
 * One file relate writes, and what its fingerprint covers beside its text.
 *
 * @param file the file
 * @param members the erased types of the members of other classes its code reaches by name
 *     ({@link dev.relate.processor.read.MemberDescriptors}), one a line; empty for a file without a
 *     fingerprint
 */
record GeneratedFile(JavaFile file, String members) {

    /** The hash the file carries once written ({@link Fingerprint}): of its text and its members. */
    String fingerprint() {
        return Fingerprint.of(FileWriting.text(file), members);
    }
}
