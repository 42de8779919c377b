package dev.relate.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;

/**
 * A copy of a test class defined anew, as a hidden class: a class the JVM has never met. {@link Links}
 * works out once per class, and caches in a {@code ClassValue}, how a collection class finds its
 * elements and whether an element class keeps {@code Object}'s {@code equals}. A test that must see
 * that answer worked out, rather than one an earlier test left in the cache, uses a fresh copy of its
 * classes. (Mutation testing runs many mutants in one JVM: a cached answer would hide a mutant.)
 *
 * <p>A template is a top-level class of this package with no nested classes and no lambdas.
 */
final class Fresh {
    private final Class<?> template;
    private final MethodHandles.Lookup lookup;

    private Fresh(Class<?> template, MethodHandles.Lookup lookup) {
        this.template = template;
        this.lookup = lookup;
    }

    /** Defines a new copy of {@code template}. */
    static Fresh copyOf(Class<?> template) {
        String file = template.getSimpleName() + ".class";
        byte[] bytes;
        try (InputStream in = template.getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError("no class file " + file);
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        try {
            return new Fresh(template, MethodHandles.lookup().defineHiddenClass(bytes, true));
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** The new class. */
    Class<?> type() {
        return lookup.lookupClass();
    }

    /** A new instance, made by the template's constructor that takes {@code arguments.length} parameters. */
    <T> T create(Class<T> as, Object... arguments) {
        for (Constructor<?> constructor : template.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == arguments.length) {
                try {
                    MethodHandle handle = lookup.findConstructor(type(),
                            MethodType.methodType(void.class, constructor.getParameterTypes()));
                    return as.cast(handle.invokeWithArguments(arguments));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError(template + " has no constructor of " + arguments.length + " parameters");
    }
}
