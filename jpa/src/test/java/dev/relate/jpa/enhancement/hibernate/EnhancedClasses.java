package dev.relate.jpa.enhancement.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hibernate.bytecode.enhance.spi.DefaultEnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.enhance.spi.UnloadedField;
import org.hibernate.bytecode.internal.bytebuddy.BytecodeProviderImpl;

/**
 * Loads this package's entities as Hibernate's enhancer rewrites them with association
 * management on (what {@code enableAssociationManagement} of its build plugins asks for), in a
 * class loader of their own, so that tests can show what the enhancer does. The entities are
 * reached by reflection: the test's own classes see the unenhanced ones.
 */
final class EnhancedClasses extends ClassLoader {
    private static final String PREFIX = EnhancedClasses.class.getPackageName() + ".H";

    private final Enhancer enhancer = new BytecodeProviderImpl().getEnhancer(new DefaultEnhancementContext() {
        @Override
        public boolean doBiDirectionalAssociationManagement(UnloadedField field) {
            return true;
        }
    });

    EnhancedClasses() {
        super(EnhancedClasses.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(PREFIX)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] original = bytes(name);
                byte[] enhanced = enhancer.enhance(name, original);
                byte[] code = enhanced == null ? original : enhanced;
                loaded = defineClass(name, code, 0, code.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] bytes(String name) {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new instance of the enhanced entity {@code simpleName}, through its no-argument constructor. */
    Object create(String simpleName) {
        try {
            var constructor = loadClass(PREFIX.substring(0, PREFIX.length() - 1) + simpleName)
                    .getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the enhancer rewrote {@code simpleName}: it then has its field writers. */
    boolean enhanced(String simpleName) {
        Object instance = create(simpleName);
        for (Method method : instance.getClass().getMethods()) {
            if (method.getName().startsWith("$$_hibernate_write_")) {
                return true;
            }
        }
        return false;
    }

    /** Calls the entity's method {@code name} with {@code arguments}, none of them null. */
    static Object call(Object entity, String name, Object... arguments) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                    method.setAccessible(true);
                    try {
                        return method.invoke(entity, arguments);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    } catch (InvocationTargetException e) {
                        if (e.getCause() instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        throw new IllegalStateException(e.getCause());
                    }
                }
            }
        }
        throw new IllegalArgumentException("no method " + name + " on " + entity.getClass());
    }

    /** Calls the entity's one-argument method {@code name} with null. */
    static void callWithNull(Object entity, String name) {
        call(entity, name, new Object[] {null});
    }

    /** The value of the entity's field {@code name}, read directly. */
    static Object field(Object entity, String name) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(entity);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("no field " + name + " on " + entity.getClass());
    }
}
