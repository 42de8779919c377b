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
        return read(end.access(), holder);
    }

    /** A statement writing {@code value} to {@code holder.field}. */
    static CodeBlock write(End end, String holder, String value) {
        return write(end.access(), holder, value);
    }

    /** An expression reading a field through its access. */
    static CodeBlock read(Access access, String holder) {
        return access.readsField()
                ? CodeBlock.of("$N.$N", holder, access.field())
                : CodeBlock.of("$N.$N()", holder, access.getter());
    }

    /** An expression reading a field of {@code holder}, an expression, through its access. */
    static CodeBlock read(Access access, CodeBlock holder) {
        return access.readsField()
                ? CodeBlock.of("$L.$N", holder, access.field())
                : CodeBlock.of("$L.$N()", holder, access.getter());
    }

    /** A statement writing the variable {@code value} to a field through its access. */
    static CodeBlock write(Access access, String holder, String value) {
        return write(access, holder, CodeBlock.of("$N", value));
    }

    /** A statement writing {@code value}, an expression, to a field through its access. */
    static CodeBlock write(Access access, String holder, CodeBlock value) {
        return access.writesField()
                ? CodeBlock.of("$N.$N = $L", holder, access.field(), value)
                : CodeBlock.of("$N.$N($L)", holder, access.setter(), value);
    }
}
