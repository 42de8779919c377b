package dev.relate.processor.model;

import java.util.Set;

/**
 * What a generated file must do to compile cleanly in the user's package.
 *
 * @param qualify simple names of the classes the file writes qualified, never imported: the
 *     {@code java.lang} classes the file names that a class of the user's package shadows
 *     ({@code java.lang.Override}, or {@code java.lang.Thread} as the class of a relationship end),
 *     and deprecated classes of other packages, whose import javac 8 warns about even where
 *     {@code @SuppressWarnings("deprecation")} covers every use
 * @param deprecatedUses whether the file uses a deprecated class, field or method of the user's,
 *     so that it suppresses the warnings that javac would give for generated code
 */
public record FileOptions(Set<String> qualify, boolean deprecatedUses) {

    /** The {@code java.lang} classes generated code names itself; the user's classes may bring more. */
    public static final Set<String> JAVA_LANG_NAMES =
            Set.of("Boolean", "Class", "ExceptionInInitializerError", "Integer", "Long", "Object", "Override",
                    "ReflectiveOperationException", "String", "SuppressWarnings");

    public static final FileOptions PLAIN = new FileOptions(Set.of(), false);
}
