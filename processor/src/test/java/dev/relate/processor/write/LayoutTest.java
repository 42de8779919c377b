package dev.relate.processor.write;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long generated lines are broken as a person would break them, and nothing else moves. */
class LayoutTest {

    @Test
    void shortLinesStayAsTheyAre() {
        String source = "class A {\n    int x; // " + "y".repeat(80) + "\n}\n";
        assertThat(Layout.of(source)).isEqualTo(source);
    }

    @Test
    void aJavadocLineFlowsOnAtASpaceOutsideInlineTags() {
        String line = "     * Links {@code parent} and {@code child} through {@code association}, wiring all four"
                + " ends: its {@code parent and child}, and more.";
        List<String> lines = Layout.of(line).lines().toList();
        assertThat(lines).hasSize(2);
        // the last space within the limit: the next word would pass it
        assertThat(lines.get(0)).endsWith("ends: its");
        assertThat(lines.get(0).length() + " {@code".length()).isGreaterThan(Layout.LIMIT);
        assertThat(lines.get(1)).isEqualTo("     * {@code parent and child}, and more.");
        lines.forEach(each -> assertThat(each.length()).isAtMost(Layout.LIMIT));
        assertThat(lines.get(0) + " " + lines.get(1).substring("     * ".length())).isEqualTo(line);
    }

    @Test
    void aDocCommentOfOneShortLineIsWrittenOnOneLine() {
        String text = "Removes {@code child} from {@code parent.children} and clears {@code child.parent}.";
        String source = "class A {\n    /**\n     * " + text + "\n     */\n    void m() {\n    }\n}";
        assertThat(Layout.of(source)).isEqualTo("class A {\n    /** " + text + " */\n    void m() {\n    }\n}");
    }

    @Test
    void aDocCommentThatWouldPassTheLimitOnOneLineKeepsItsThreeLines() {
        // on one line: 4 + "/** " + 90 + " */" = 101 characters, one too many
        String text = "x".repeat(89) + ".";
        String source = "    /**\n     * " + text + "\n     */\n    void m() {\n    }";
        assertThat(Layout.of(source)).isEqualTo(source);
        String shorter = "    /**\n     * " + text.substring(1) + "\n     */\n    void m() {\n    }";
        assertThat(Layout.of(shorter)).startsWith("    /** " + text.substring(1) + " */\n");
    }

    @Test
    void aDocCommentOfTwoLinesOrWithTagsStaysABlock() {
        String two = "    /**\n     * One line.\n     * Another.\n     */";
        assertThat(Layout.of(two)).isEqualTo(two);
        String paragraphs = "/**\n * Keeps both ends.\n *\n * <p>Generated.\n */";
        assertThat(Layout.of(paragraphs)).isEqualTo(paragraphs);
    }

    @Test
    void anInlineTagIsNeverSplit() {
        String tag = "{@code " + "x ".repeat(30).trim() + "}";
        String line = "     * " + "w".repeat(60) + " " + tag + " end";
        for (String each : Layout.of(line).lines().toList()) {
            assertThat(each.contains("{@code") == each.contains("}")).isTrue();
        }
    }

    @Test
    void aClassDeclarationBreaksBeforeExtends() {
        String line = "    private static final class ParentChildrenEnd extends OneToManyEnd<Parent, Association,"
                + " List<Association>> {";
        assertThat(Layout.of(line)).isEqualTo("    private static final class ParentChildrenEnd\n"
                + "            extends OneToManyEnd<Parent, Association, List<Association>> {");
    }

    @Test
    void aStatementBreaksAfterACommaBetweenArgumentsNeverInsideAString() {
        String line = "            super(NAME, LEFT_COLUMN, RIGHT_COLUMN, new TableColumn[] {TableColumn.text(\"a, b, c,"
                + " d\", 255), TableColumn.of(\"rank\")}, CREATE_SQL, Integer.class, Long.class);";
        List<String> lines = Layout.of(line).lines().toList();
        assertThat(lines.size()).isAtLeast(2);
        lines.forEach(each -> assertThat(each.length()).isAtMost(Layout.LIMIT));
        StringBuilder joined = new StringBuilder(lines.get(0));
        lines.subList(1, lines.size()).forEach(each -> joined.append(' ').append(each.strip()));
        assertThat(joined.toString()).isEqualTo(line);
        for (String each : lines) {
            assertThat(each.chars().filter(c -> c == '"').count() % 2).isEqualTo(0);
        }
    }

    @Test
    void throwsStaysWithItsException() {
        String source = "    public static int saveLinks(Connection connection, Collection<? extends Parent> parents) throws\n"
                + "            SQLException {\n";
        assertThat(Layout.of(source)).isEqualTo(
                "    public static int saveLinks(Connection connection, Collection<? extends Parent> parents)\n"
                + "            throws SQLException {\n");
    }

    @Test
    void theArticleFollowsTheSound() {
        assertThat(Names.article("Association")).isEqualTo("an");
        assertThat(Names.article("Order")).isEqualTo("an");
        assertThat(Names.article("Item")).isEqualTo("an");
        assertThat(Names.article("Update")).isEqualTo("an");
        assertThat(Names.article("Parent")).isEqualTo("a");
        assertThat(Names.article("User")).isEqualTo("a");
        assertThat(Names.article("Unit")).isEqualTo("a");
        assertThat(Names.article("OneTimeCode")).isEqualTo("a");
        assertThat(Names.article("Euro")).isEqualTo("a");
    }
}
