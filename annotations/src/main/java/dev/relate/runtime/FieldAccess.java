package dev.relate.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;

/**
 * The getter and setter handles through which generated code reaches a private field itself (compiling
 * for Java 9 or later), looked up once per field by the generated class's {@code FieldHandles}.
 *
 * <p>Each handle has the type {@link MethodHandles.Lookup#findGetter findGetter} and
 * {@link MethodHandles.Lookup#findSetter findSetter} give it, and is found by them first, so that a field
 * that is missing, of another type or final fails as it would there. On Java 15 and later the handle
 * returned is then a static method of a nestmate of the field's class, defined once per handle as a
 * hidden class ({@code Lookup.defineHiddenClass}, as the JDK does for each lambda): one
 * {@code getfield} or {@code putfield} instruction, which the JIT inlines as it inlines a plain accessor.
 * A field handle of the JDK's own checks the receiver and casts the value on each call, about 0.3 ns an
 * access on JDK 17 (docs/performance.md, "Field access"). Where a hidden class cannot be defined (Java 9
 * to 14, a lookup without full privilege access, an image that defines no classes at run time), the
 * JDK's handle is returned.
 */
public final class FieldAccess {
    /** {@code Lookup.defineHiddenClass(byte[], boolean, ClassOption...)}, or null before Java 15. */
    private static final MethodHandle DEFINE_HIDDEN_CLASS = defineHiddenClass();
    /** {@code new ClassOption[] {NESTMATE}}, or null before Java 15. */
    private static final Object NESTMATE = nestmate();

    private FieldAccess() {
    }

    /**
     * A handle of type {@code (owner)type} that reads the field {@code name} of the lookup class.
     *
     * @param lookup a lookup on the field's class with private access
     *     ({@code MethodHandles.privateLookupIn(owner, MethodHandles.lookup())})
     * @throws ReflectiveOperationException what {@code findGetter} throws
     */
    public static MethodHandle getter(MethodHandles.Lookup lookup, String name, Class<?> type)
            throws ReflectiveOperationException {
        MethodHandle checked = lookup.findGetter(lookup.lookupClass(), name, type);
        return direct(lookup, name, type, true, checked);
    }

    /**
     * A handle of type {@code (owner, type)void} that writes the field {@code name} of the lookup class.
     *
     * @param lookup a lookup on the field's class with private access
     * @throws ReflectiveOperationException what {@code findSetter} throws (a final field has no setter)
     */
    public static MethodHandle setter(MethodHandles.Lookup lookup, String name, Class<?> type)
            throws ReflectiveOperationException {
        MethodHandle checked = lookup.findSetter(lookup.lookupClass(), name, type);
        return direct(lookup, name, type, false, checked);
    }

    /** The handle of a hidden nestmate's method that reads or writes the field, or {@code checked}. */
    private static MethodHandle direct(MethodHandles.Lookup lookup, String name, Class<?> type, boolean read,
            MethodHandle checked) {
        if (DEFINE_HIDDEN_CLASS == null || NESTMATE == null) {
            return checked;
        }
        try {
            byte[] bytes = AccessorClassFile.of(lookup.lookupClass(), name, type, read);
            if (bytes == null) {
                return checked;
            }
            MethodHandles.Lookup hidden = (MethodHandles.Lookup) DEFINE_HIDDEN_CLASS
                    .invokeWithArguments(lookup, bytes, true, NESTMATE);
            return hidden.findStatic(hidden.lookupClass(), AccessorClassFile.METHOD, checked.type());
        } catch (Throwable e) { // a class refused (LinkageError), a lookup without full privilege access, ...
            return checked;
        }
    }

    private static MethodHandle defineHiddenClass() {
        Class<?> options = optionsClass();
        if (options == null) {
            return null;
        }
        try {
            return MethodHandles.publicLookup().findVirtual(MethodHandles.Lookup.class, "defineHiddenClass",
                    MethodType.methodType(MethodHandles.Lookup.class, byte[].class, boolean.class,
                            Array.newInstance(options, 0).getClass())).asFixedArity();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object nestmate() {
        Class<?> options = optionsClass();
        if (options == null) {
            return null;
        }
        try {
            Object array = Array.newInstance(options, 1);
            Array.set(array, 0, Enum.valueOf((Class) options, "NESTMATE"));
            return array;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** {@code MethodHandles.Lookup.ClassOption}, or null before Java 15. */
    private static Class<?> optionsClass() {
        try {
            return Class.forName("java.lang.invoke.MethodHandles$Lookup$ClassOption");
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
