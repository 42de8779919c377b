package dev.relate.processor.write;

import static com.google.common.truth.Truth.assertWithMessage;

import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime still has every constructor and method that {@link RuntimeHooks} lists, with the
 * access generated code needs, so that renaming or changing one fails here rather than only in the
 * golden files; and the writers name runtime methods through that list.
 */
class RuntimeHooksTest {

    private static final Path WRITERS = Path.of("src/main/java/dev/relate/processor/write");

    @Test
    void everyHookIsOnTheRuntimeWithTheAccessGeneratedCodeNeeds() {
        List<String> problems = new ArrayList<>();
        for (RuntimeHooks hook : RuntimeHooks.values()) {
            String problem = problemWith(hook);
            if (problem != null) {
                problems.add(hook + " (" + describe(hook) + "): " + problem);
            }
        }
        assertWithMessage("hooks the runtime does not offer as generated code uses them").that(problems).isEmpty();
    }

    @Test
    void everyAbstractMethodOfAClassGeneratedCodeExtendsIsAHookItOverrides() {
        List<String> missing = new ArrayList<>();
        for (RuntimeHooks constructor : RuntimeHooks.values()) {
            if (constructor.use() != RuntimeHooks.Use.SUPER) {
                continue;
            }
            Class<?> extended = constructor.owner();
            for (Method method : unimplemented(extended)) {
                if (!overridden(extended, method)) {
                    missing.add(extended.getSimpleName() + "." + method.getName()
                            + List.of(method.getParameterTypes()));
                }
            }
        }
        assertWithMessage("abstract methods that generated subclasses must override but RuntimeHooks does not list")
                .that(missing).isEmpty();
    }

    @Test
    void noTwoHooksNameTheSameMember() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (RuntimeHooks hook : RuntimeHooks.values()) {
            if (!seen.add(describe(hook))) {
                twice.add(hook.toString());
            }
        }
        assertWithMessage("hooks listed twice").that(twice).isEmpty();
    }

    @Test
    void everyRuntimeClassTheWritersNameIsOne() throws ReflectiveOperationException {
        for (Field field : RuntimeTypes.class.getDeclaredFields()) {
            if (field.getType() == ClassName.class) {
                field.setAccessible(true);
                ClassName name = (ClassName) field.get(null);
                Class<?> type = Class.forName(name.reflectionName());
                assertWithMessage(field.getName()).that(Modifier.isPublic(type.getModifiers())).isTrue();
            }
        }
    }

    /**
     * A cheap check of the writers' sources: a runtime method named inside a code format string
     * ({@code "return $N.add($N, $N)"}) or as a hook's name ({@code hook("link")}) must be one
     * {@link RuntimeHooks} lists, and no writer names one by a string: they write
     * {@code "$N.$N($N, $N)"} with {@code RuntimeHooks.ADD.call()}.
     */
    @Test
    void writersNameRuntimeMethodsOnlyThroughTheList() throws IOException {
        Set<String> runtimeMethods = runtimeMethodNames();
        Set<String> listed = new HashSet<>();
        for (RuntimeHooks hook : RuntimeHooks.values()) {
            listed.add(hook.method());
        }
        List<String> problems = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.list(WRITERS)) {
            sources = files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        assertWithMessage("writer sources under " + WRITERS.toAbsolutePath()).that(sources).isNotEmpty();
        for (Path source : sources) {
            String file = source.getFileName().toString();
            String text = Files.readString(source, StandardCharsets.UTF_8);
            for (String name : namedInCode(text)) {
                if (!runtimeMethods.contains(name)) {
                    continue;
                }
                problems.add(file + " names the runtime method " + name + " by a string"
                        + (listed.contains(name) ? ", not through RuntimeHooks" : ", and RuntimeHooks does not list it"));
            }
        }
        assertWithMessage("runtime methods named by strings").that(problems).isEmpty();
    }

    @Test
    void theSourceCheckFindsNamesInFormatStringsAndHooks() {
        String code = "x.addStatement(\"return $N.add($N, $N)\", a);\n"
                + "CodeBlock.of(\"$T.decimal($S, $L, $L)\", b);\n"
                + "EndClassWriter.hook(\"leftId\")\n"
                + "x.addStatement(\"ROWS.createTable(connection)\");\n"
                + "x.addJavadoc(\"see {@code link(left, right)}\");\n"
                + "x.addStatement(\"return $N.$N($N)\", c, RuntimeHooks.LEFTS.call(), d);\n";
        assertWithMessage("names found").that(namedInCode(code))
                .containsExactly("add", "decimal", "leftId", "createTable");
    }

    /** Why generated code could not use the hook as it does, or null if it can. */
    private static String problemWith(RuntimeHooks hook) {
        Class<?> owner = hook.owner();
        if (!Modifier.isPublic(owner.getModifiers())) {
            return owner.getName() + " is not public";
        }
        Class<?>[] parameters = hook.parameters().toArray(Class<?>[]::new);
        if (hook.use() == RuntimeHooks.Use.SUPER) {
            if (!hook.method().equals(RuntimeHooks.CONSTRUCTOR)) {
                return "a constructor named " + hook.method();
            }
            if (Modifier.isFinal(owner.getModifiers())) {
                return owner.getName() + " is final";
            }
            Constructor<?> constructor;
            try {
                constructor = owner.getDeclaredConstructor(parameters);
            } catch (NoSuchMethodException e) {
                return "no such constructor";
            }
            int modifiers = constructor.getModifiers();
            return Modifier.isProtected(modifiers) || Modifier.isPublic(modifiers) ? null
                    : "the constructor is neither public nor protected";
        }
        Method method = find(owner, hook.method(), parameters);
        if (method == null) {
            return "no such method";
        }
        int modifiers = method.getModifiers();
        boolean isStatic = Modifier.isStatic(modifiers);
        return switch (hook.use()) {
            case OVERRIDE -> Modifier.isFinal(owner.getModifiers()) ? owner.getName() + " is final"
                    : !Modifier.isProtected(modifiers) ? "not protected, as the generated override is"
                    : Modifier.isFinal(modifiers) ? "final"
                    : isStatic ? "static" : null;
            case INHERITED -> !Modifier.isProtected(modifiers) && !Modifier.isPublic(modifiers)
                    ? "neither public nor protected"
                    : isStatic ? "static" : null;
            case CALL -> !Modifier.isPublic(modifiers) ? "not public" : isStatic ? "static" : null;
            case STATIC -> !Modifier.isPublic(modifiers) ? "not public" : !isStatic ? "not static" : null;
            case SUPER -> throw new AssertionError(hook);
        };
    }

    /** The method as {@code type} has it, declared there or inherited from a superclass. */
    private static Method find(Class<?> type, String name, Class<?>[] parameters) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                // declared further up, or nowhere
            }
        }
        return null;
    }

    /** The abstract methods of {@code type} and its superclasses that none of them implements. */
    private static List<Method> unimplemented(Class<?> type) {
        Set<String> implemented = new HashSet<>();
        List<Method> abstracts = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isBridge() || method.isSynthetic() || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String signature = method.getName() + List.of(method.getParameterTypes());
                if (!Modifier.isAbstract(method.getModifiers())) {
                    implemented.add(signature);
                } else if (!implemented.contains(signature)) {
                    implemented.add(signature);
                    abstracts.add(method);
                }
            }
        }
        return abstracts;
    }

    /** Whether a hook generated code overrides in a subclass of {@code type} is {@code method}. */
    private static boolean overridden(Class<?> type, Method method) {
        for (RuntimeHooks hook : RuntimeHooks.values()) {
            if (hook.use() == RuntimeHooks.Use.OVERRIDE && hook.owner().isAssignableFrom(type)
                    && hook.method().equals(method.getName())
                    && hook.parameters().equals(List.of(method.getParameterTypes()))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(RuntimeHooks hook) {
        List<String> parameters = new ArrayList<>();
        for (Class<?> parameter : hook.parameters()) {
            parameters.add(parameter.getSimpleName());
        }
        return hook.owner().getSimpleName() + "." + hook.method() + "(" + String.join(", ", parameters) + ")";
    }

    /** The public and protected methods of every runtime class the writers name, and their superclasses. */
    private static Set<String> runtimeMethodNames() {
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (RuntimeHooks hook : RuntimeHooks.values()) {
            classes.add(hook.owner());
        }
        Set<String> names = new TreeSet<>();
        for (Class<?> type : classes) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method method : c.getDeclaredMethods()) {
                    int modifiers = method.getModifiers();
                    if (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers)) {
                        names.add(method.getName());
                    }
                }
            }
        }
        return names;
    }

    private static final Pattern CODE_STRING = Pattern.compile(
            "(?:addStatement|CodeBlock\\.of|\\.add|addCode|initializer|ControlFlow)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern HOOK_STRING = Pattern.compile("hook\\(\\s*\"(\\w+)\"\\s*\\)");
    private static final Pattern CALLED = Pattern.compile("(?<![\\w$])([a-z]\\w*)\\(");

    /** The method names called in the code format strings of a writer's source, and its hooks named by strings. */
    private static List<String> namedInCode(String source) {
        List<String> names = new ArrayList<>();
        Matcher code = CODE_STRING.matcher(source);
        while (code.find()) {
            Matcher called = CALLED.matcher(code.group(1));
            while (called.find()) {
                if (!called.group(1).equals("super")) {
                    names.add(called.group(1));
                }
            }
        }
        Matcher hook = HOOK_STRING.matcher(source);
        while (hook.find()) {
            names.add(hook.group(1));
        }
        return names;
    }
}
