package dev.relate.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the object whose own field generated code reads or writes. Where relate reaches a private
 * field itself (a {@code MethodHandle}, compiling for Java 9 or later), a lazy proxy of a persistence
 * provider would show its own empty field; generated code passes every object through
 * {@link #unwrap} first, which returns the entity behind a Hibernate proxy and any other object as it
 * is.
 *
 * <p>An object of exactly the class generated code expects returns at once. For any other class,
 * whether it is a Hibernate proxy (it implements an interface named
 * {@value #HIBERNATE_PROXY}) is decided once per class, without depending on Hibernate, and a proxy
 * is unwrapped through method handles found once:
 * {@code getHibernateLazyInitializer().getImplementation()}, which loads the entity if it was not yet.
 */
public final class Proxies {
    /** The interface every Hibernate proxy implements. */
    static final String HIBERNATE_PROXY = "org.hibernate.proxy.HibernateProxy";

    /**
     * Whether Hibernate's proxy interface is on the class path (of the runtime, or of the thread that
     * first used it): only then can a collection hold a proxy, and a search by identity that missed
     * is worth a second search for a proxy ({@code Links}).
     */
    static final boolean POSSIBLE = loadable(HIBERNATE_PROXY);

    /** For each class, the handle that returns the entity behind one of its objects, or null if it is no proxy. */
    private static final ClassValue<MethodHandle> UNWRAPPERS = new ClassValue<MethodHandle>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return unwrapper(type);
        }
    };

    private Proxies() {
    }

    /**
     * {@code object}, or the entity behind it when it is a Hibernate proxy.
     *
     * @param expected the class generated code expects: an object of exactly that class is returned at once
     * @throws RuntimeException what the proxy throws when it cannot load its entity, such as
     *     Hibernate's {@code LazyInitializationException}, as it is
     */
    @SuppressWarnings("unchecked")
    public static <T> T unwrap(T object, Class<?> expected) {
        if (object == null || object.getClass() == expected) {
            return object;
        }
        MethodHandle unwrapper = UNWRAPPERS.get(object.getClass());
        if (unwrapper == null) {
            return object;
        }
        try {
            return (T) (Object) unwrapper.invokeExact(object);
        } catch (Throwable e) {
            throw Proxies.<RuntimeException>rethrow(e); // what the proxy threw, as it threw it
        }
    }

    /** Throws {@code e} as it is, checked or not: the unwrapping declares none, and wraps none. */
    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X rethrow(Throwable e) throws X {
        throw (X) e;
    }

    /**
     * Whether {@code a} and {@code b} are one object, or one is a Hibernate proxy and the other the
     * entity behind it: an entity's own method called on a proxy runs on the entity, so its
     * {@code this} is not the proxy that the other end of a relationship holds. Objects of one class
     * are compared by identity only; the proxies are looked at only for objects of different classes.
     */
    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() == b.getClass()) {
            return false;
        }
        MethodHandle unwrapA = UNWRAPPERS.get(a.getClass());
        MethodHandle unwrapB = UNWRAPPERS.get(b.getClass());
        if (unwrapA == null && unwrapB == null) {
            return false;
        }
        return unwrap(a, null) == unwrap(b, null);
    }

    private static boolean loadable(String name) {
        ClassLoader[] loaders = {Proxies.class.getClassLoader(), Thread.currentThread().getContextClassLoader()};
        for (ClassLoader loader : loaders) {
            try {
                Class.forName(name, false, loader);
                return true;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // not there: look in the next loader
            }
        }
        return false;
    }

    private static MethodHandle unwrapper(Class<?> type) {
        Class<?> proxy = proxyInterface(type);
        if (proxy == null) {
            return null;
        }
        try {
            Method initializer = proxy.getMethod("getHibernateLazyInitializer");
            Method implementation = initializer.getReturnType().getMethod("getImplementation");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle unwrap = MethodHandles.filterReturnValue(lookup.unreflect(initializer),
                    lookup.unreflect(implementation));
            return unwrap.asType(MethodType.methodType(Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            return null; // an interface of that name without these methods is not Hibernate's
        }
    }

    /** The interface named {@value #HIBERNATE_PROXY} among those of the class and its superclasses, or null. */
    private static Class<?> proxyInterface(Class<?> type) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            pending.add(current);
        }
        while (!pending.isEmpty()) {
            Class<?> current = pending.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current.isInterface() && current.getName().equals(HIBERNATE_PROXY)) {
                return current;
            }
            for (Class<?> implemented : current.getInterfaces()) {
                pending.add(implemented);
            }
        }
        return null;
    }
}
