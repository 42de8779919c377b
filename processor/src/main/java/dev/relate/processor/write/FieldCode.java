package dev.relate.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.End;

/** The code that reads and writes an end's field, directly or through its accessors. */
final class FieldCode {
    private FieldCode() {
    }

    /** An expression reading {@code holder.field}. */
    static CodeBlock read(End end, String holder) {
        Access access = end.access();
        return access.readsField()
                ? CodeBlock.of("$N.$N", holder, access.field())
                : CodeBlock.of("$N.$N()", holder, access.getter());
    }

    /** A statement writing {@code value} to {@code holder.field}. */
    static CodeBlock write(End end, String holder, String value) {
        Access access = end.access();
        return access.writesField()
                ? CodeBlock.of("$N.$N = $N", holder, access.field(), value)
                : CodeBlock.of("$N.$N($N)", holder, access.setter(), value);
    }
}
