package dev.relate.processor.properties;

import dev.relate.processor.properties.Model.Assoc;
import dev.relate.processor.properties.Model.Cls;
import dev.relate.processor.properties.Model.End;
import dev.relate.processor.properties.Model.Rel;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Calls the generated helpers of a compiled model by reflection: for every relationship, links two
 * new objects through the helper of the declaring end and unlinks them through the other end's,
 * checking both fields after each call; for every association object, links, finds, navigates
 * and unlinks through the association's helpers.
 */
final class HelperCalls {
    private final ClassLoader loader;

    HelperCalls(ClassLoader loader) {
        this.loader = loader;
    }

    /** Runs every check of the model; a failure says which relationship and what went wrong. */
    void check(Model model) {
        for (Rel rel : model.rels) {
            try {
                check(rel);
            } catch (Exception | AssertionError | LinkageError e) {
                throw new AssertionError("helpers of " + rel + ": " + describe(e), e);
            }
        }
        for (Assoc assoc : model.assocs) {
            try {
                check(assoc);
            } catch (Exception | AssertionError | LinkageError e) {
                throw new AssertionError("helpers of association " + assoc.type.simpleNames(".") + ": "
                        + describe(e), e);
            }
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof InvocationTargetException ite && ite.getCause() != null ? ite.getCause() : e;
        return cause.toString();
    }

    private void check(Rel rel) throws Exception {
        End declared = rel.declared;
        End other = rel.other(declared);
        Object owner = create(declared.owner());
        Object target = create(declared == rel.a ? rel.bClass : rel.aClass);
        String name = declared.field().capitalized();
        Cls helpers = helpersOf(rel, declared);
        if (declared.collection()) {
            Object added = call(helpers, "addTo" + name, owner, target);
            expect(Boolean.TRUE.equals(added), "addTo" + name + " returned " + added);
            Object view = call(helpers, declared.field().name, owner);
            expect(view instanceof Collection<?> live && live.size() == 1 && live.contains(target)
                    || view instanceof Map<?, ?> map && map.size() == 1 && map.containsValue(target),
                    "the view " + declared.field().name + " shows " + view);
            expect(contains(read(owner, declared), target), "the collection misses what was added");
        } else {
            call(helpers, "set" + name, owner, target);
            expect(read(owner, declared) == target, "the field is not what was set");
        }
        if (other == null) {
            if (declared.collection()) {
                call(helpers, "removeFrom" + name, owner, target);
                expect(!contains(read(owner, declared), target), "removeFrom" + name + " left it there");
            } else {
                call(helpers, "set" + name, owner, null);
                expect(read(owner, declared) == null, "set" + name + "(null) left it set");
            }
            return;
        }
        // the other end mirrors the call ...
        if (other.collection()) {
            expect(contains(read(target, other), owner), "the other end " + other.field().name + " misses it");
        } else {
            expect(read(target, other) == owner, "the other end " + other.field().name + " is not set");
        }
        // ... and unlinking through it clears both
        Cls otherHelpers = helpersOf(rel, other);
        String otherName = other.field().capitalized();
        if (other.collection()) {
            Object removed = call(otherHelpers, "removeFrom" + otherName, target, owner);
            expect(Boolean.TRUE.equals(removed), "removeFrom" + otherName + " returned " + removed);
            expect(!contains(read(target, other), owner), "removeFrom" + otherName + " left it there");
        } else {
            call(otherHelpers, "set" + otherName, target, null);
            expect(read(target, other) == null, "set" + otherName + "(null) left it set");
        }
        if (declared.collection()) {
            expect(!contains(read(owner, declared), target), "unlinking from the other end left the collection");
        } else {
            expect(read(owner, declared) == null, "unlinking from the other end left the field set");
        }
    }

    private void check(Assoc assoc) throws Exception {
        End leftEnd = assoc.left.b;
        End rightEnd = assoc.right.b;
        End leftCollection = assoc.left.a;
        End rightCollection = assoc.right.a;
        Object left = create(leftCollection.owner());
        Object right = create(rightCollection.owner());
        Object association = create(assoc.type);
        Object linked = call(assoc.type, "link", left, right, association);
        expect(linked == association, "link returned " + linked);
        expect(read(association, leftEnd) == left, "link left the left end unset");
        expect(read(association, rightEnd) == right, "link left the right end unset");
        expect(contains(read(left, leftCollection), association), "link left the left collection without it");
        expect(contains(read(right, rightCollection), association), "link left the right collection without it");
        expect(call(assoc.type, "find", left, right) == association, "find did not find the association");
        Object far = call(leftCollection.owner(), rightEnd.field().name + "Of" + leftCollection.field().capitalized(),
                left);
        expect(far instanceof List<?> view && view.size() == 1 && view.get(0) == right,
                "the navigation from the left shows " + far);
        Object near = call(rightCollection.owner(), leftEnd.field().name + "Of"
                + rightCollection.field().capitalized(), right);
        expect(near instanceof List<?> view && view.size() == 1 && view.get(0) == left,
                "the navigation from the right shows " + near);
        if (assoc.creatable) {
            Object otherLeft = create(leftCollection.owner());
            Object created = call(assoc.type, "link", otherLeft, right);
            expect(created != null && read(created, leftEnd) == otherLeft && read(created, rightEnd) == right,
                    "link(left, right) made " + created);
        }
        call(assoc.type, "unlink", association);
        expect(read(association, leftEnd) == null && read(association, rightEnd) == null,
                "unlink left an end of the association set");
        expect(!contains(read(left, leftCollection), association), "unlink left it in the left collection");
        expect(!contains(read(right, rightCollection), association), "unlink left it in the right collection");
    }

    /** The class whose helpers serve the end: its owner, or the declaring class of a one-way end. */
    private static Cls helpersOf(Rel rel, End end) {
        return rel.other(end) == null ? end.declaring() : end.owner();
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }

    private static boolean contains(Object collection, Object element) {
        if (collection instanceof Map<?, ?> map) {
            collection = map.values(); // a map end: its elements are the values
        }
        if (collection == null) {
            return false;
        }
        for (Object candidate : (Collection<?>) collection) {
            if (candidate == element) {
                return true;
            }
        }
        return false;
    }

    Class<?> load(Cls cls) throws ClassNotFoundException {
        return Class.forName(cls.binary(), true, loader);
    }

    /** A new instance, through the constructor with the fewest parameters, each null, zero or false. */
    Object create(Cls cls) throws Exception {
        if (cls.external) {
            return switch (cls.qualified()) {
                case "java.lang.Thread" -> new Thread(() -> { });
                case "java.lang.Number", "java.lang.Integer" -> Integer.valueOf(424242);
                case "java.lang.String" -> new String("seven".toCharArray());
                case "java.lang.Thread.State" -> Thread.State.NEW;
                case "java.util.UUID" -> java.util.UUID.randomUUID();
                case "java.time.LocalDate" -> java.time.LocalDate.of(2024, 2, 29);
                case "java.lang.Character" -> Character.valueOf('c');
                case "java.lang.Short" -> Short.valueOf((short) 7);
                default -> new Object();
            };
        }
        Class<?> type = load(cls);
        List<Constructor<?>> constructors = new ArrayList<>(List.of(type.getDeclaredConstructors()));
        constructors.sort(Comparator.comparingInt(Constructor::getParameterCount));
        Constructor<?> constructor = constructors.get(0);
        constructor.setAccessible(true);
        Class<?>[] parameters = constructor.getParameterTypes();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            if (i == 0 && cls.isInner()) {
                args[i] = create(cls.outer);
            } else if (parameters[i] == boolean.class) {
                args[i] = false;
            } else if (parameters[i].isPrimitive()) {
                args[i] = parameters[i] == long.class ? (Object) 0L : (Object) 0;
            }
        }
        return constructor.newInstance(args);
    }

    private static Object read(Object object, End end) throws ReflectiveOperationException {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                if (field.getName().equals(end.field().name)) {
                    field.setAccessible(true);
                    return field.get(object);
                }
            }
        }
        throw new NoSuchFieldException(end.field().name);
    }

    /** Calls the static helper of that name and arity on the class's generated helpers. */
    private Object call(Cls owner, String name, Object... args) throws Exception {
        Class<?> helpers = Class.forName(owner.relations(), true, loader);
        Method found = null;
        for (Method method : helpers.getDeclaredMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == args.length
                    && java.lang.reflect.Modifier.isStatic(method.getModifiers())
                    && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                expect(found == null, owner.relations() + " has two methods " + name + " with " + args.length
                        + " parameters");
                found = method;
            }
        }
        expect(found != null, owner.relations() + " has no method " + name + " with " + args.length + " parameters");
        found.setAccessible(true);
        try {
            return found.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(owner.relations() + "." + name + " threw " + e.getCause(), e.getCause());
        }
    }
}
