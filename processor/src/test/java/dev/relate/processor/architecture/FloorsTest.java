package dev.relate.processor.architecture;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages stand on floors, each using only the floors below it:
 * runtime (relate's annotations and {@code dev.relate.runtime}) → {@code model} → {@code read} →
 * {@code check} → {@code write} → the processor itself. This test reads the main sources and fails
 * on any reference from a floor to a higher one, and on any circle among the files of one package,
 * the runtime's included (a circle among folders would need an arrow back up).
 *
 * <p>References across packages are the imports and any qualified name {@code dev.relate.processor.x.}
 * in the code. References within a package are the capitalised words of a file, comments and string
 * literals left out, that name another top-level class of its package: a cheap reading that may see a
 * reference where a nested class or constant shares a class's name, never miss one.
 */
class FloorsTest {
    private static final Path PROCESSOR = Path.of("src/main/java");
    private static final Path ANNOTATIONS = Path.of("../annotations/src/main/java");

    /** The floors from the bottom up, by package. */
    private static final List<String> FLOORS = List.of(
            "dev.relate.runtime",
            "dev.relate.processor.model",
            "dev.relate.processor.read",
            "dev.relate.processor.check",
            "dev.relate.processor.write",
            "dev.relate.processor");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bdev\\.relate\\.([\\w.]*?)\\.?([A-Z]\\w*)");
    private static final Pattern WORD = Pattern.compile("\\b[A-Z]\\w*\\b");

    @Test
    void noFileUsesAHigherFloor() {
        List<String> arrows = new ArrayList<>();
        for (Source source : sources()) {
            int floor = floor(source.pkg());
            Matcher matcher = QUALIFIED.matcher(source.code());
            while (matcher.find()) {
                String pkg = matcher.group(1).isEmpty() ? "dev.relate" : "dev.relate." + matcher.group(1);
                int target = floor(pkg);
                if (target > floor) {
                    arrows.add(source.name() + " (" + source.pkg() + ") → " + pkg + "." + matcher.group(2));
                }
            }
        }
        assertWithMessage("references from a floor to a higher one (floors, bottom up: %s)", FLOORS)
                .that(new TreeSet<>(arrows)).isEmpty();
    }

    @Test
    void noCircleAmongTheFilesOfAPackage() {
        Map<String, List<Source>> byPackage = new TreeMap<>();
        for (Source source : sources()) {
            byPackage.computeIfAbsent(source.pkg(), pkg -> new ArrayList<>()).add(source);
        }
        List<String> circles = new ArrayList<>();
        for (Map.Entry<String, List<Source>> entry : byPackage.entrySet()) {
            Map<String, Set<String>> uses = new TreeMap<>();
            Set<String> names = new TreeSet<>();
            for (Source source : entry.getValue()) {
                names.add(source.name());
            }
            for (Source source : entry.getValue()) {
                Set<String> used = new TreeSet<>();
                Matcher matcher = WORD.matcher(source.code());
                while (matcher.find()) {
                    if (names.contains(matcher.group()) && !matcher.group().equals(source.name())) {
                        used.add(matcher.group());
                    }
                }
                uses.put(source.name(), used);
            }
            for (List<String> circle : new Circles(uses).find()) {
                circles.add(entry.getKey() + ": " + circle + " " + describe(circle, uses));
            }
        }
        assertWithMessage("circles among the files of one package").that(circles).isEmpty();
    }

    /** Which of the circle's files each of them uses. */
    private static String describe(List<String> circle, Map<String, Set<String>> uses) {
        List<String> parts = new ArrayList<>();
        for (String name : circle) {
            Set<String> inCircle = new TreeSet<>(uses.get(name));
            inCircle.retainAll(circle);
            parts.add(name + " → " + inCircle);
        }
        return String.join("; ", parts);
    }

    /** The floor of a package: that of the longest floor package it is in or under. */
    private static int floor(String pkg) {
        if (pkg.equals("dev.relate")) {
            return 0; // the annotations
        }
        int found = -1;
        int length = -1;
        for (int i = 0; i < FLOORS.size(); i++) {
            String floor = FLOORS.get(i);
            if ((pkg.equals(floor) || pkg.startsWith(floor + ".")) && floor.length() > length) {
                found = i;
                length = floor.length();
            }
        }
        if (found < 0) {
            throw new AssertionError("package " + pkg + " is on no floor: add it to FLOORS");
        }
        return found;
    }

    private record Source(String name, String pkg, String code) {
    }

    private static List<Source> sources() {
        List<Source> sources = new ArrayList<>();
        for (Path root : List.of(PROCESSOR, ANNOTATIONS)) {
            if (!Files.isDirectory(root)) {
                throw new AssertionError("no sources at " + root.toAbsolutePath());
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    String text = Files.readString(file);
                    if (file.getFileName().toString().equals("package-info.java")) {
                        continue;
                    }
                    Matcher pkg = PACKAGE.matcher(text);
                    if (!pkg.find()) {
                        throw new AssertionError(file + " has no package");
                    }
                    String name = file.getFileName().toString().replace(".java", "");
                    sources.add(new Source(name, pkg.group(1), code(text.substring(pkg.end()))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertWithMessage("main sources found").that(sources.size()).isGreaterThan(50);
        return sources;
    }

    /** The text without its comments, string and character literals, and text blocks. */
    static String code(String text) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("//", i)) {
                i = end(text, "\n", i + 2);
            } else if (text.startsWith("/*", i)) {
                i = end(text, "*/", i + 2);
            } else if (text.startsWith("\"\"\"", i)) {
                i = end(text, "\"\"\"", i + 3);
                code.append("\"\"");
            } else if (text.charAt(i) == '"' || text.charAt(i) == '\'') {
                char quote = text.charAt(i);
                i++;
                while (i < text.length() && text.charAt(i) != quote) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                code.append(quote).append(quote);
            } else {
                code.append(text.charAt(i));
                i++;
            }
        }
        return code.toString();
    }

    private static int end(String text, String closing, int from) {
        int at = text.indexOf(closing, from);
        return at < 0 ? text.length() : at + closing.length();
    }

    /** The circles of a graph: its strongly connected parts of more than one node (Tarjan). */
    private static final class Circles {
        private final Map<String, Set<String>> edges;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final List<String> stack = new ArrayList<>();
        private final List<List<String>> found = new ArrayList<>();

        Circles(Map<String, Set<String>> edges) {
            this.edges = edges;
        }

        List<List<String>> find() {
            for (String node : edges.keySet()) {
                if (!index.containsKey(node)) {
                    visit(node);
                }
            }
            return found;
        }

        private void visit(String node) {
            index.put(node, index.size());
            low.put(node, index.get(node));
            stack.add(node);
            for (String next : edges.get(node)) {
                if (!index.containsKey(next)) {
                    visit(next);
                    low.put(node, Math.min(low.get(node), low.get(next)));
                } else if (stack.contains(next)) {
                    low.put(node, Math.min(low.get(node), index.get(next)));
                }
            }
            if (low.get(node).equals(index.get(node))) {
                List<String> part = new ArrayList<>();
                String top;
                do {
                    top = stack.remove(stack.size() - 1);
                    part.add(top);
                } while (!top.equals(node));
                if (part.size() > 1) {
                    part.sort(null);
                    found.add(part);
                }
            }
        }
    }
}
