package dev.relate.processor.write;

import java.util.HashSet;
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
     * A parameter name for an object of a class, {@code Parent} → {@code parent} (JavaBeans style,
     * so {@code URL} stays {@code URL}); {@code fallback} when that is a keyword or {@code avoid}.
     */
    static String parameter(String simpleName, String fallback, String avoid) {
        String name = simpleName.length() > 1 && Character.isUpperCase(simpleName.charAt(1))
                && Character.isUpperCase(simpleName.charAt(0))
                ? simpleName
                : Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1);
        return SourceVersion.isKeyword(name) || name.equals(avoid) ? fallback : name;
    }
}
