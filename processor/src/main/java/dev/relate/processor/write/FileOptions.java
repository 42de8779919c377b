package dev.relate.processor.write;

import java.util.Set;

/**
 * What a generated file must do to compile cleanly in the user's package.
 *
 * @param qualify simple names of {@code java.lang} classes that a class of the user's package
 *     shadows, which the file writes qualified ({@code java.lang.Override})
 * @param deprecatedUses whether the file uses a deprecated class, field or method of the user's,
 *     so that it suppresses the warnings that javac would give for generated code
 */
public record FileOptions(Set<String> qualify, boolean deprecatedUses) {

    /** The {@code java.lang} classes generated code names. */
    public static final Set<String> JAVA_LANG_NAMES =
            Set.of("Boolean", "Class", "Integer", "Long", "Object", "Override", "String", "SuppressWarnings");

    public static final FileOptions PLAIN = new FileOptions(Set.of(), false);
}
