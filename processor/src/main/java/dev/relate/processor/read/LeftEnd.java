package dev.relate.processor.read;

/**
 * Which end of a many-to-many declared on both sides is the left one, whose owner's ids an
 * association table's left column holds: the one whose field name comes first, then whose owning
 * class's name does.
 */
public final class LeftEnd {
    private LeftEnd() {
    }

    /**
     * Whether the end {@code field} of {@code owner} is the left end of a pair with {@code otherField}
     * of {@code otherOwner} (qualified class names).
     */
    public static boolean isLeft(String field, String owner, String otherField, String otherOwner) {
        return (field + "#" + owner).compareTo(otherField + "#" + otherOwner) < 0;
    }
}
