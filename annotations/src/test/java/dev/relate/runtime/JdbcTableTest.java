package dev.relate.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The statements and checks both kinds of table share through {@link JdbcTable}, against a connection
 * that records what it is asked to run (the examples run the tables on H2 and PostgreSQL).
 */
class JdbcTableTest {
    static final class Node {
        final Long id;
        final List<Node> linked = new ArrayList<>();
        final List<Link> links = new ArrayList<>();

        Node(Long id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "node " + id;
        }
    }

    static final class Link {
        Node right;
        String note = "n";
    }

    static final class Links extends LinkTable<Node, Node> {
        Links() {
            super("t", "l", "r", "CREATE TABLE t", Long.class, Long.class);
        }

        @Override
        protected Object leftId(Node left) {
            return left.id;
        }

        @Override
        protected Object rightId(Node right) {
            return right.id;
        }

        @Override
        protected Collection<? extends Node> rightsOf(Node left) {
            return left.linked;
        }

        @Override
        protected boolean link(Node left, Node right) {
            return left.linked.add(right);
        }
    }

    static final class Associations extends AssociationObjectTable<Node, Link, Node> {
        Associations() {
            super("t", "l", "r", new TableColumn[] {TableColumn.text("note", 3), TableColumn.of("rank")},
                    "CREATE TABLE t", Long.class, Long.class);
        }

        @Override
        protected Object leftId(Node left) {
            return left.id;
        }

        @Override
        protected Object rightId(Node right) {
            return right.id;
        }

        @Override
        protected Collection<? extends Link> associationsOf(Node left) {
            return left.links;
        }

        @Override
        protected Node rightOf(Link association) {
            return association.right;
        }

        @Override
        protected Link create() {
            return new Link();
        }

        @Override
        protected void link(Node left, Node right, Link association) {
            association.right = right;
            left.links.add(association);
        }

        @Override
        protected Object[] extras(Link association) {
            return new Object[] {association.note, 1};
        }

        @Override
        protected void readExtras(Link association, ResultSet row, int first) {
        }
    }

    /** The statements run, in order. */
    private final List<String> statements = new ArrayList<>();
    private final Connection connection = proxy(Connection.class, (name, args) -> {
        switch (name) {
            case "getAutoCommit":
                return true;
            case "prepareStatement":
                statements.add((String) args[0]);
                return proxy(PreparedStatement.class, (statementMethod, statementArgs) ->
                        statementMethod.equals("executeBatch") ? new int[0] : null);
            case "createStatement":
                return proxy(Statement.class, (statementMethod, statementArgs) -> {
                    if (statementMethod.equals("executeQuery")) {
                        statements.add((String) statementArgs[0]);
                        return proxy(ResultSet.class, (rowMethod, rowArgs) -> rowMethod.equals("next") ? false : null);
                    }
                    if (statementMethod.equals("execute")) {
                        statements.add((String) statementArgs[0]);
                    }
                    return statementMethod.equals("execute") ? false : null;
                });
            default:
                return null;
        }
    });

    @Test
    void aLinkTableRunsTheStatementsOfTwoColumns() throws Exception {
        Node left = new Node(1L);
        left.linked.add(new Node(2L));
        Links table = new Links();
        table.createTable(connection);
        assertEquals(1, table.saveLinks(connection, List.of(left)));
        assertEquals(0, table.loadLinks(connection, List.of(left), List.of()));
        assertEquals(List.of("CREATE TABLE t", "DELETE FROM t WHERE l = ?", "INSERT INTO t (l, r) VALUES (?, ?)",
                "SELECT l, r FROM t ORDER BY l, r"), statements);
    }

    @Test
    void anAssociationTableRunsTheSameStatementsWithItsExtraColumns() throws Exception {
        Node left = new Node(1L);
        Link link = new Link();
        link.right = new Node(2L);
        left.links.add(link);
        left.links.add(new Link()); // no right object: no row
        Associations table = new Associations();
        assertEquals(1, table.saveLinks(connection, List.of(left)));
        assertEquals(0, table.loadLinks(connection, List.of(left), List.of()));
        assertEquals(List.of("DELETE FROM t WHERE l = ?", "INSERT INTO t (l, r, note, rank) VALUES (?, ?, ?, ?)",
                "SELECT l, r, note, rank FROM t ORDER BY l, r"), statements);
    }

    @Test
    void eachKindNamesWhatHoldsNullAndWritesNothing() {
        Node left = new Node(1L);
        left.linked.add(null);
        left.links.add(null);
        IllegalStateException links = assertThrows(IllegalStateException.class,
                () -> new Links().saveLinks(connection, List.of(left)));
        IllegalStateException associations = assertThrows(IllegalStateException.class,
                () -> new Associations().saveLinks(connection, List.of(left)));
        assertEquals("[RelateHoldsNull] node 1 holds null among its links, which t cannot store; nothing was written",
                links.getMessage());
        assertEquals("[RelateHoldsNull] node 1 holds null among its associations, which t cannot store; nothing was written",
                associations.getMessage());
        assertEquals(List.of(), statements);
    }

    @Test
    void anExtraValueIsCheckedAgainstItsColumnBeforeAnythingIsWritten() {
        Node left = new Node(1L);
        Link link = new Link();
        link.right = new Node(2L);
        link.note = "four";
        left.links.add(link);
        assertThrows(IllegalStateException.class, () -> new Associations().saveLinks(connection, List.of(left)));
        assertEquals(List.of(), statements);
    }

    /** What a proxy answers: the method's name and arguments in, the result out. */
    private interface Answer {
        Object answer(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(JdbcTableTest.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
