package dev.relate.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handles generated code reaches private fields through: each reads or writes the field as
 * {@code findGetter}/{@code findSetter} would, with their type and their exceptions, and on this JDK
 * (15 or later) is a static method of a hidden nestmate of the field's class, not the JDK's field handle.
 */
class FieldAccessTest {
    /** A class with a private field of every kind of type. */
    static final class Holder {
        private boolean flag;
        private byte small;
        private char letter;
        private short medium;
        private int count;
        private long id;
        private float ratio;
        private double weight;
        private String name;
        private List<String> names;
        private ArrayList<String> list;
        private long[] ids;
        private Holder parent;
        private final String fixed = "fixed";

        String fixed() {
            return fixed;
        }
    }

    /** A subclass: the handles of {@code Holder}'s fields take it too (a persistence provider's proxy is one). */
    static final class Child {
        private Holder holder;
    }

    private static MethodHandles.Lookup lookup(Class<?> owner) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
    }

    @Test
    void readsAndWritesFieldsOfEveryKindOfType() throws Throwable {
        MethodHandles.Lookup lookup = lookup(Holder.class);
        Holder holder = new Holder();
        Holder parent = new Holder();
        ArrayList<String> list = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long[] ids = {1L, 2L};
        Object[][] cases = {
            {"flag", boolean.class, true},
            {"small", byte.class, (byte) -7},
            {"letter", char.class, 'x'},
            {"medium", short.class, (short) 300},
            {"count", int.class, 123_456},
            {"id", long.class, 1L << 40},
            {"ratio", float.class, 1.5f},
            {"weight", double.class, -2.25},
            {"name", String.class, "n"},
            {"names", List.class, names},
            {"list", ArrayList.class, list},
            {"ids", long[].class, ids},
            {"parent", Holder.class, parent},
        };
        for (Object[] field : cases) {
            String name = (String) field[0];
            Class<?> type = (Class<?>) field[1];
            MethodHandle getter = FieldAccess.getter(lookup, name, type);
            MethodHandle setter = FieldAccess.setter(lookup, name, type);
            assertEquals(MethodType.methodType(type, Holder.class), getter.type(), name);
            assertEquals(MethodType.methodType(void.class, Holder.class, type), setter.type(), name);
            setter.invoke(holder, field[2]);
            assertEquals(field[2], getter.invoke(holder), name);
            assertEquals(field[2], lookup.findGetter(Holder.class, name, type).invoke(holder), name);
        }
        assertSame(parent, holder.parent);
        assertSame(list, holder.list);
        assertArrayEquals(new long[] {1L, 2L}, holder.ids);
        assertEquals(1L << 40, holder.id);
        assertTrue(holder.flag);
    }

    @Test
    void invokedExactlyAsGeneratedCodeInvokesThem() throws Throwable {
        MethodHandles.Lookup lookup = lookup(Child.class);
        MethodHandle get = FieldAccess.getter(lookup, "holder", Holder.class);
        MethodHandle set = FieldAccess.setter(lookup, "holder", Holder.class);
        Child child = new Child();
        Holder holder = new Holder();
        set.invokeExact(child, holder);
        assertSame(holder, (Holder) get.invokeExact(child));
        set.invokeExact(child, (Holder) null);
        assertNull((Holder) get.invokeExact(child));
        assertThrows(NullPointerException.class, () -> {
            Holder unused = (Holder) get.invokeExact((Child) null);
        });
        assertThrows(NullPointerException.class, () -> {
            set.invokeExact((Child) null, holder);
        });
    }

    @Test
    void eachHandleIsAStaticMethodOfAHiddenNestmate() throws Throwable {
        MethodHandles.Lookup lookup = lookup(Holder.class);
        for (MethodHandle handle : new MethodHandle[] {
            FieldAccess.getter(lookup, "name", String.class), FieldAccess.setter(lookup, "name", String.class)}) {
            MethodHandleInfo info = MethodHandles.privateLookupIn(Holder.class, MethodHandles.lookup())
                    .revealDirect(handle);
            assertEquals(MethodHandleInfo.REF_invokeStatic, info.getReferenceKind(), info.toString());
            Class<?> accessor = info.getDeclaringClass();
            assertTrue(accessor.isHidden(), accessor.getName());
            assertSame(Holder.class.getNestHost(), accessor.getNestHost());
            assertEquals(Holder.class.getPackageName(), accessor.getPackageName());
        }
    }

    @Test
    void failsAsTheJdksLookupFails() throws IllegalAccessException {
        MethodHandles.Lookup lookup = lookup(Holder.class);
        assertThrows(NoSuchFieldException.class, () -> FieldAccess.getter(lookup, "missing", String.class));
        assertThrows(NoSuchFieldException.class, () -> FieldAccess.getter(lookup, "name", Object.class));
        assertThrows(NoSuchFieldException.class, () -> FieldAccess.setter(lookup, "count", long.class));
        assertThrows(IllegalAccessException.class, () -> FieldAccess.setter(lookup, "fixed", String.class));
        assertEquals("fixed", new Holder().fixed());
    }

    @Test
    void aNameNoClassFileHoldsWritesNoClass() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 70_000; i++) {
            name.append('x');
        }
        assertNull(AccessorClassFile.of(Holder.class, name.toString(), int.class, true));
        assertTrue(AccessorClassFile.of(Holder.class, "count", int.class, true).length > 0);
    }
}
