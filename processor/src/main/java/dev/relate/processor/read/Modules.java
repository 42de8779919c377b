package dev.relate.processor.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;

/** Which modules the code of a module can name types of, as the compiler will judge it. */
public final class Modules {
    private Modules() {
    }

    /**
     * Whether code in {@code reader} can use the exported types of {@code target}. On the class path
     * (both unnamed) every type is readable; a named module reads itself, java.base, what it requires
     * (static or not) and what those require transitively, and never the class path. Null, from a
     * compiler that does not know modules, counts as the class path. Where the compiler cannot list
     * a module's directives (ecj fails on those of an automatic module), that module is taken to give
     * nothing transitively, and an unlisted reader to read nothing but itself and java.base.
     */
    public static boolean reads(ModuleElement reader, ModuleElement target) {
        if (reader == null || reader.isUnnamed()) {
            return true;
        }
        if (target == null) {
            return true;
        }
        if (target.isUnnamed()) {
            return false;
        }
        String wanted = target.getQualifiedName().toString();
        if (wanted.equals("java.base") || reader.getQualifiedName().contentEquals(wanted)) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        for (RequiresDirective requires : requires(reader)) {
            if (readsThrough(requires.getDependency(), wanted, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Whether reading {@code module} reads {@code wanted}: it is that module, or requires it transitively. */
    private static boolean readsThrough(ModuleElement module, String wanted, Set<String> seen) {
        if (module == null) {
            return false;
        }
        String name = module.getQualifiedName().toString();
        if (name.equals(wanted)) {
            return true;
        }
        if (!seen.add(name)) {
            return false;
        }
        for (RequiresDirective requires : requires(module)) {
            if (requires.isTransitive() && readsThrough(requires.getDependency(), wanted, seen)) {
                return true;
            }
        }
        return false;
    }

    private static List<RequiresDirective> requires(ModuleElement module) {
        try {
            return ElementFilter.requiresIn(module.getDirectives());
        } catch (RuntimeException unlisted) {
            return List.of();
        }
    }
}
