package dev.relate.runtime;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The runtime's messages stay in their catalogue, {@link Problems}: each has a distinct id, shown in
 * front of it, and an entry in the "Runtime exceptions" table of docs/errors.md that gives its text and
 * names tests that exist; no runtime source words a message of its own. The messages no other test
 * checks are checked here.
 */
class RuntimeMessagesTest {
    /** The catalogue and the runtime's sources, from the examples module's directory, where the tests run. */
    private static final Path CATALOGUE = Paths.get("../docs/errors.md");
    private static final Path RUNTIME = Paths.get("../annotations/src/main/java/dev/relate/runtime");
    private static final Path TESTS = Paths.get("src/test/java");
    private static final String SECTION = "## Runtime exceptions";
    /** Stands for each variable part of a message. */
    private static final String HOLE = "\u0000";

    /** The rows of the runtime table, by id: the cells after the id. */
    private static Map<String, List<String>> documented() throws IOException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(CATALOGUE)) {
            if (line.startsWith("## ")) {
                inSection = line.strip().equals(SECTION);
            } else if (inSection && line.startsWith("| `Relate")) {
                List<String> cells = Stream.of(line.split("\\|")).map(String::strip).collect(Collectors.toList());
                String id = cells.get(1).replace("`", "");
                assertWithMessage("the row of %s in %s", id, CATALOGUE)
                        .that(rows.put(id, cells.subList(2, cells.size()))).isNull();
            }
        }
        return rows;
    }

    @Test
    void idsAreDistinctAndShownInFront() {
        Set<String> ids = new HashSet<>();
        for (Problems.Text text : Problems.Text.values()) {
            assertWithMessage("the id of %s", text).that(text.id()).matches("Relate[A-Z][A-Za-z]+");
            assertWithMessage("ids").that(ids.add(text.id())).isTrue();
            Object[] holes = new Object[10];
            Arrays.fill(holes, "x");
            assertThat(text.format(holes)).startsWith("[" + text.id() + "] ");
        }
    }

    @Test
    void everyIdIsDocumentedAndEveryDocumentedIdExists() throws IOException {
        Map<String, List<String>> rows = documented();
        List<String> ids = Stream.of(Problems.Text.values()).map(Problems.Text::id).collect(Collectors.toList());
        assertWithMessage("the runtime ids in the table \"%s\" of %s", SECTION, CATALOGUE).that(rows.keySet())
                .containsExactlyElementsIn(ids);
        Set<String> compileTime = Files.readAllLines(CATALOGUE).stream().filter(l -> l.startsWith("### "))
                .map(l -> l.substring(4).strip()).collect(Collectors.toSet());
        assertWithMessage("runtime ids that are also compile-time ids").that(compileTime)
                .containsNoneIn(ids);
    }

    /** The example says what relate says: every fixed part of the template, in order. */
    @Test
    void everyExampleIsWhatRelateSays() throws IOException {
        Map<String, List<String>> rows = documented();
        for (Problems.Text text : Problems.Text.values()) {
            List<String> cells = rows.get(text.id());
            if (cells == null) {
                continue; // reported by everyIdIsDocumentedAndEveryDocumentedIdExists
            }
            String example = cells.get(1);
            assertWithMessage("the example of %s", text.id()).that(example).matches("`.*`");
            example = example.substring(1, example.length() - 1);
            Object[] holes = new Object[10];
            Arrays.fill(holes, HOLE);
            String template = text.format(holes).substring(("[" + text.id() + "] ").length());
            Pattern pattern = Pattern.compile(Stream.of(template.split(HOLE, -1)).map(Pattern::quote)
                    .collect(Collectors.joining(".*?")));
            assertWithMessage("the example of %s in %s, for the template %s", text.id(), CATALOGUE,
                    template.replace(HOLE, "%s")).that(pattern.matcher(example).matches()).isTrue();
        }
    }

    /** "`LinkTableTest.objectsWithoutAnIdAreRefused...`" names a test method that exists. */
    @Test
    void everyRowNamesTestsThatExist() throws IOException {
        Map<String, Path> files;
        try (Stream<Path> walk = Files.walk(TESTS)) {
            files = walk.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.toMap(f -> f.getFileName().toString(), f -> f, (a, b) -> a));
        }
        Pattern test = Pattern.compile("`(\\w+)\\.(\\w+)`");
        for (Map.Entry<String, List<String>> row : documented().entrySet()) {
            Matcher matcher = test.matcher(row.getValue().get(2));
            int named = 0;
            while (matcher.find()) {
                named++;
                Path file = files.get(matcher.group(1) + ".java");
                assertWithMessage("%s, named by %s", matcher.group(1), row.getKey()).that(file).isNotNull();
                assertWithMessage("the test %s named by %s", matcher.group(0), row.getKey())
                        .that(Files.readString(file)).containsMatch("void " + matcher.group(2) + "\\(");
            }
            assertWithMessage("tests named by %s", row.getKey()).that(named).isGreaterThan(0);
        }
    }

    /**
     * Only Problems words a message: everywhere else an exception is created without one, or rethrown,
     * and no string literal is wording (two lower-case words; SQL is upper case).
     */
    @Test
    void noRuntimeSourceWordsAMessageOfItsOwn() throws IOException {
        Pattern created = Pattern.compile("new\\s+\\w*(Exception|Error)\\s*\\(\\s*([^)\\s])");
        Pattern wording = Pattern.compile("[a-z]{2,} [a-z]{2,}|^ [a-z]|[a-z] $");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.list(RUNTIME)) {
            for (Path source : (Iterable<Path>) sources::iterator) {
                if (source.getFileName().toString().equals("Problems.java")) {
                    continue;
                }
                String text = Files.readString(source);
                Matcher matcher = created.matcher(text);
                while (matcher.find()) {
                    found.add(source.getFileName() + ": " + matcher.group());
                }
                for (String literal : stringLiterals(text)) {
                    if (wording.matcher(literal).find()) {
                        found.add(source.getFileName() + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertWithMessage("exceptions created with a message, or wording, outside Problems.java").that(found)
                .isEmpty();
    }

    /** The string literals of a source file, outside comments, with their escapes as written. */
    private static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? source.length() : i;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (c == '"') {
                StringBuilder literal = new StringBuilder();
                i++;
                while (source.charAt(i) != '"') {
                    if (source.charAt(i) == '\\') {
                        literal.append(source.charAt(i++));
                    }
                    literal.append(source.charAt(i++));
                }
                literals.add(literal.toString());
                i++;
            } else {
                i++;
            }
        }
        return literals;
    }

    @Test
    void nullArgumentsOfTheViewsAreNamed() {
        SideTableEnd<List<Object>> end = new SideTableEnd<>(ArrayList::new);
        Holder h = new Holder("h", new ArrayList<>());
        assertThat(assertThrows(NullPointerException.class, () -> Views.list(end, h).removeIf(null)))
                .hasMessageThat().isEqualTo("[RelateNullArgument] the filter passed for Holder.items is null");
        assertThat(assertThrows(NullPointerException.class, () -> end.replace(h, null)))
                .hasMessageThat().isEqualTo("[RelateNullElements] the elements given for Holder.items are null");
        assertThat(assertThrows(NullPointerException.class, () -> end.assign(null, h)))
                .hasMessageThat().isEqualTo("[RelateNullAssigned] the element whose Holder.items owner is set is null");

        AssociationsTest.Enrollments enrollments = new AssociationsTest.Enrollments(true);
        List<AssociationsTest.Course> courses = enrollments.rights(new AssociationsTest.Student("s"));
        assertThat(assertThrows(NullPointerException.class, () -> courses.add(null)))
                .hasMessageThat().isEqualTo("[RelateLinkNull] Enrollment cannot link null");
        assertThat(assertThrows(NullPointerException.class, () -> courses.removeIf(null)))
                .hasMessageThat().isEqualTo("[RelateNullArgument] the filter passed for Enrollment is null");
        assertThat(assertThrows(NullPointerException.class, () -> courses.removeAll(null)))
                .hasMessageThat().isEqualTo("[RelateNullElements] the objects to remove given for Enrollment are null");
        assertThat(assertThrows(NullPointerException.class, () -> courses.retainAll(null)))
                .hasMessageThat().isEqualTo("[RelateNullElements] the objects to keep given for Enrollment are null");
        assertThat(enrollments.created).isEqualTo(0);
    }

    /** A node of a tree whose end is written by hand, as generated code writes it. */
    static final class TreeNode {
        final String name;
        TreeNode parent;
        List<TreeNode> children = new ArrayList<>();

        TreeNode(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final class TreeEnd extends AcyclicOneToManyEnd<TreeNode, TreeNode, List<TreeNode>> {
        TreeEnd() {
            super("TreeNode.children", TreeNode.class);
        }

        @Override
        protected List<TreeNode> collection(TreeNode owner) {
            return owner.children;
        }

        @Override
        protected TreeNode ownerOf(TreeNode element) {
            return element.parent;
        }

        @Override
        protected void writeOwner(TreeNode element, TreeNode owner) {
            element.parent = owner;
        }
    }

    @Test
    void cyclesInATreeAreNamed() {
        TreeEnd end = new TreeEnd();
        TreeNode root = new TreeNode("root");
        TreeNode leaf = new TreeNode("leaf");
        end.assign(leaf, root);
        assertThat(assertThrows(IllegalArgumentException.class, () -> end.assign(root, leaf)))
                .hasMessageThat().isEqualTo("[RelateCycle] root is an ancestor of leaf, so it cannot be added to"
                        + " TreeNode.children of leaf: the relationship is acyclic, and the link would make a cycle;"
                        + " nothing was changed");
        assertThat(assertThrows(IllegalArgumentException.class, () -> Views.list(end, root).add(root)))
                .hasMessageThat().isEqualTo("[RelateOwnParent] root cannot be added to TreeNode.children of itself:"
                        + " the relationship is acyclic, and an object that is its own parent is a cycle; nothing was"
                        + " changed");
        assertThat(root.parent).isNull();
        assertThat(root.children).containsExactly(leaf);
        assertThat(leaf.children).isEmpty();
    }

    @Test
    void anAssociationWithoutAConstructorIsNotCreated() {
        AssociationsTest.Enrollments withoutConstructor = new AssociationsTest.Enrollments(false);
        assertThat(assertThrows(UnsupportedOperationException.class, () -> withoutConstructor.link(
                new AssociationsTest.Student("s"), new AssociationsTest.Course("c"))))
                .hasMessageThat().isEqualTo("[RelateCannotCreateAssociation] Enrollment has no constructor without"
                        + " parameters that relate can call, so relate cannot create one: create the association"
                        + " yourself and pass it to link(left, right, association)");
    }

    @Test
    void badIndexesAreNamed() {
        SideTableEnd<List<Object>> end = new SideTableEnd<>(ArrayList::new);
        Holder empty = new Holder("empty", null);
        assertThat(assertThrows(IndexOutOfBoundsException.class, () -> Views.list(end, empty).add(3, new Item("a"))))
                .hasMessageThat().isEqualTo("[RelateIndexOutOfBounds] Index: 3, Size: 0");
        assertThat(empty.items).isNull();

        Holder h = new Holder("h", new ArrayList<>());
        List<Object> view = Views.list(end, h);
        view.add(new Item("a"));
        assertThat(assertThrows(IndexOutOfBoundsException.class, () -> view.subList(0, 3)))
                .hasMessageThat().isEqualTo("[RelateRangeOutOfBounds] fromIndex 0, toIndex 3, size 1");
        ListIterator<Object> iterator = view.listIterator();
        assertThat(assertThrows(IllegalStateException.class, () -> iterator.set(new Item("b"))))
                .hasMessageThat().isEqualTo("[RelateNoCurrentElement] no element to change: call next() or previous()"
                        + " first");
    }

    @Test
    void tableChecksNameTheObjectBeforeTheDatabase() {
        Links links = new Links();
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> links.saveLinks(null, Arrays.asList("book", null))))
                .hasMessageThat().isEqualTo("[RelateNullToSave] the objects whose links to save in mm_links contain"
                        + " null; nothing was written");
        links.rights.put("book", Arrays.asList("anne", null));
        assertThat(assertThrows(IllegalStateException.class, () -> links.saveLinks(null, List.of("book"))))
                .hasMessageThat().isEqualTo("[RelateHoldsNull] book holds null among its links, which mm_links"
                        + " cannot store; nothing was written");
        // checked before any id is read: a generated id reader would fail on null without a word
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> links.loadLinks(null, Arrays.asList("book", null), List.of("anne"))))
                .hasMessageThat().isEqualTo("[RelateNullToLoad] the objects to link from the rows of mm_links"
                        + " contain null; nothing was loaded");
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> links.loadLinks(null, List.of("book"), Arrays.asList(null, "anne"))))
                .hasMessageThat().contains("[RelateNullToLoad]");
    }

    @Test
    void aFailureInsideTheCallersTransactionLeavesTheRollbackToIt() {
        Connection refusing = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getAutoCommit":
                            return false;
                        case "setSavepoint":
                            throw new SQLFeatureNotSupportedException("no savepoints");
                        case "prepareStatement":
                            throw new SQLException("refused", "08000", 7);
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        SQLException e = assertThrows(SQLException.class, () -> new Links().saveLinks(refusing, List.of("book")));
        assertThat(e.getMessage()).isEqualTo("[RelateSaveFailed] saving rows of mm_links failed, and the caller's"
                + " rollback undoes what was written: refused");
        assertThat(e.getSQLState()).isEqualTo("08000");
        assertThat(e.getErrorCode()).isEqualTo(7);
    }

    /** A link table of strings, each its own id, whose links are a map. */
    private static final class Links extends LinkTable<String, String> {
        final Map<String, Collection<String>> rights = new HashMap<>();

        Links() {
            super("mm_links", "left_id", "right_id", "CREATE TABLE mm_links", String.class, String.class);
        }

        @Override
        protected Object leftId(String left) {
            return left;
        }

        @Override
        protected Object rightId(String right) {
            return right;
        }

        @Override
        protected Collection<? extends String> rightsOf(String left) {
            return rights.getOrDefault(left, List.of());
        }

        @Override
        protected boolean link(String left, String right) {
            return rights.computeIfAbsent(left, k -> new ArrayList<>()).add(right);
        }
    }
}
