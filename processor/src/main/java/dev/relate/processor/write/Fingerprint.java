package dev.relate.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.FieldSpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.lang.model.element.Modifier;

/**
 * The hash of its own text that each {@code <Class>Relations} class and each table class carries in a
 * constant, and each {@code <Class>Related} interface in an annotation ({@code @RelateFingerprint}: an
 * interface's constant would be inherited by the entity that implements it). When a
 * class is compiled alone, relate writes the text of each other class's helpers that it reaches, as a
 * full build would write it now, and compares: a class file whose constant differs was written from
 * declarations that have changed since.
 */
public final class Fingerprint {
    /** The constant that holds the hash, the first field of each class that has one. */
    public static final String FIELD = "RELATE_FINGERPRINT";

    /** The constant as the writer declares it, before its value is known. */
    private static final String UNSTAMPED = FIELD + " = \"\";";

    /** The annotation that holds the hash on an interface, by qualified name. */
    public static final String ANNOTATION = RuntimeTypes.RELATE_FINGERPRINT.canonicalName();

    /**
     * The annotation as the writer declares it, before its value is known: the end of it, so that
     * an annotation written with its qualified name is found too.
     */
    private static final String UNSTAMPED_ANNOTATION = RuntimeTypes.RELATE_FINGERPRINT.simpleName() + "(\"\")";

    /** Hex digits of the hash kept: 64 bits, enough to tell two versions of one file apart. */
    private static final int DIGITS = 16;

    private Fingerprint() {
    }

    /** The constant as a generated class declares it, empty until {@link #stamp} fills it in. */
    static FieldSpec field() {
        return FieldSpec.builder(String.class, FIELD, Modifier.STATIC, Modifier.FINAL).initializer("$S", "").build();
    }

    /** The annotation of an interface, empty until {@link #stamp} fills it in. */
    static AnnotationSpec annotation() {
        return AnnotationSpec.builder(RuntimeTypes.RELATE_FINGERPRINT).addMember("value", "$S", "").build();
    }

    /**
     * {@code text} with its constant, or its annotation, holding the hash of {@code text} and
     * {@code members}; unchanged if it has neither.
     */
    public static String stamp(String text, String members) {
        int at = text.indexOf(UNSTAMPED);
        if (at >= 0) {
            return text.substring(0, at) + FIELD + " = \"" + of(text, members) + "\";"
                    + text.substring(at + UNSTAMPED.length());
        }
        at = text.indexOf(UNSTAMPED_ANNOTATION);
        if (at >= 0) {
            return text.substring(0, at) + RuntimeTypes.RELATE_FINGERPRINT.simpleName() + "(\""
                    + of(text, members) + "\")" + text.substring(at + UNSTAMPED_ANNOTATION.length());
        }
        return text;
    }

    /**
     * The hash of a generated file's text as written, its constant still empty: of its code, without
     * imports, blank lines and {@code @Generated}, which differ by platform and module (Java 8's
     * {@code javax.annotation.Generated}, a module that does not read java.compiler) and not in what
     * the code does; and of {@code members}, the erased types of the members of other classes that
     * the code reaches by name, which the text does not show (a parameter widened, an id boxed).
     */
    public static String of(String text, String members) {
        StringBuilder code = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("import ") && !trimmed.startsWith("@Generated(")) {
                code.append(line).append('\n');
            }
        }
        code.append('\u0000').append(members);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(code.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        StringBuilder hex = new StringBuilder(DIGITS);
        for (int i = 0; hex.length() < DIGITS; i++) {
            hex.append(Character.forDigit((digest[i] >> 4) & 0xf, 16)).append(Character.forDigit(digest[i] & 0xf, 16));
        }
        return hex.toString();
    }
}
