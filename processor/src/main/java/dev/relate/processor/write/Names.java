package dev.relate.processor.write;

import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.End;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/** Naming rules for generated code, and an allocator that keeps names unique within one class. */
final class Names {
    private final Set<String> taken = new HashSet<>();

    /** {@code name}, or {@code name2}, {@code name3}... if taken already. */
    String unique(String name) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    /**
     * The indefinite article before a class name, by how it is said: "an" before a vowel sound
     * ({@code an Order}, {@code an Item}, {@code an Update}), "a" before a consonant sound
     * ({@code a Parent}, {@code a User}, {@code a Unit}, {@code a OneTimeCode}, {@code a Euro}).
     */
    static String article(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || "aeiou".indexOf(lower.charAt(0)) < 0) {
            return "a";
        }
        boolean saidLikeYou = lower.startsWith("eu") || lower.startsWith("one")
                || lower.startsWith("u") && lower.length() > 2 && "aeiou".indexOf(lower.charAt(1)) < 0
                        && "aeiou".indexOf(lower.charAt(2)) >= 0 && !lower.startsWith("und")
                        && !lower.startsWith("unt") && !lower.startsWith("ups");
        return saidLikeYou ? "a" : "an";
    }

    /** {@code children} → {@code Children}. */
    static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** {@code favoriteChildren} → {@code FAVORITE_CHILDREN}. */
    static String constant(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString();
    }

    /**
     * The name of a variable holding an object of a class: {@code Parent} gives {@code parent},
     * JavaBeans style ({@code URLThing} stays); a name without lower-case letters ({@code URL}) is
     * lower-cased, so that it never equals a constant.
     */
    static String forClass(String simpleName) {
        String name = simpleName.length() > 1 && Character.isUpperCase(simpleName.charAt(1))
                && Character.isUpperCase(simpleName.charAt(0))
                ? simpleName
                : Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
        return unlikeConstants(name);
    }

    /**
     * A variable's name: {@code preferred}, unless it is a keyword or already {@code taken} by
     * another variable of the method, else the first free {@code fallback}, else a numbered one.
     */
    static String variable(String preferred, Collection<String> taken, String... fallbacks) {
        List<String> candidates = new ArrayList<>();
        candidates.add(unlikeConstants(preferred));
        candidates.addAll(Arrays.asList(fallbacks));
        for (String candidate : candidates) {
            if (!SourceVersion.isKeyword(candidate) && !taken.contains(candidate)) {
                return candidate;
            }
        }
        String base = fallbacks.length > 0 ? fallbacks[0] : "value";
        for (int i = 2; ; i++) {
            if (!taken.contains(base + i)) {
                return base + i;
            }
        }
    }

    private static String unlikeConstants(String name) {
        return name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }

    /** The name of a helper's owner parameter: {@code parent}, after the owner's class. */
    static String ownerParameter(End end) {
        return variable(forClass(end.owner().simpleName()), List.of(), "owner");
    }

    /** The name of a helper's element parameter beside {@code owner}: {@code child}, after the element's class. */
    static String elementParameter(End end, String owner) {
        return variable(forClass(end.target().simpleName()), List.of(owner), "element", "other");
    }

    /**
     * The parameter names of the association helpers: the left object, the right object and the
     * association, each named after its class and all distinct.
     */
    record Variables(String left, String right, String association) {
        static Variables of(AssociationClass model) {
            boolean sameClass = model.leftType().equals(model.rightType());
            // two objects of one class read best by the ends that hold them: source and target
            String left = variable(sameClass ? model.left().end().field() : forClass(model.leftType().simpleName()),
                    List.of(), "left");
            String right = variable(sameClass ? model.right().end().field() : forClass(model.rightType().simpleName()),
                    List.of(left), "right", "other");
            String association = variable(forClass(model.type().simpleName()), List.of(left, right), "association",
                    "link");
            return new Variables(left, right, association);
        }
    }
}
