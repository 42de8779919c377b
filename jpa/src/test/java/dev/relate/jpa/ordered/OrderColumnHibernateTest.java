package dev.relate.jpa.ordered;

import static com.google.common.truth.Truth.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * relate's order column and Hibernate's {@code @OrderColumn} are one: a list relate saves comes back
 * from Hibernate in its order, and a list Hibernate stores comes back from relate's
 * {@code loadLinks} in its order, on the join table Hibernate created.
 */
class OrderColumnHibernateTest {
    private static final String URL = "jdbc:h2:mem:order_column;DB_CLOSE_DELAY=-1";

    private EntityManagerFactory factory;

    @BeforeEach
    void open() {
        factory = new HibernatePersistenceConfiguration("order_column")
                .managedClasses(Exhibit.class, Piece.class)
                .jdbcUrl(URL)
                .jdbcCredentials("sa", "")
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void relatesTableClassNamesHibernatesJoinTableAndOrderColumn() {
        assertThat(OcExhibitPieceTable.NAME).isEqualTo("oc_exhibit_piece");
        assertThat(OcExhibitPieceTable.LEFT_COLUMN).isEqualTo("piece_id");
        assertThat(OcExhibitPieceTable.RIGHT_COLUMN).isEqualTo("exhibit_id");
        assertThat(OcExhibitPieceTable.RIGHT_ORDER_COLUMN).isEqualTo("piece_order");
    }

    @Test
    void aListRelateSavesIsLoadedByHibernateInItsOrder() throws SQLException {
        List<Piece> pieces = new ArrayList<>();
        inTransaction(em -> {
            em.persist(new Exhibit(1));
            for (long id = 1; id <= 5; id++) {
                em.persist(new Piece(id));
            }
        });
        Exhibit exhibit = new Exhibit(1);
        for (long id : new long[] {4, 1, 5, 2}) {
            Piece piece = new Piece(id);
            ExhibitRelations.addToPieces(exhibit, piece);
            pieces.add(piece);
        }
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(OcExhibitPieceTable.saveLinks(connection, pieces)).isEqualTo(4);
        }
        EntityManager em = factory.createEntityManager();
        try {
            Exhibit loaded = em.find(Exhibit.class, 1L);
            assertThat(loaded.pieces.stream().map(p -> p.id).collect(Collectors.toList()))
                    .containsExactly(4L, 1L, 5L, 2L).inOrder();
        } finally {
            em.close();
        }
    }

    @Test
    void aListHibernateStoresIsLoadedByRelateInItsOrder() throws SQLException {
        inTransaction(em -> {
            Exhibit exhibit = new Exhibit(1);
            em.persist(exhibit);
            for (long id : new long[] {3, 5, 1, 2}) {
                Piece piece = new Piece(id);
                em.persist(piece);
                ExhibitRelations.addToPieces(exhibit, piece);
            }
        });
        Exhibit exhibit = new Exhibit(1);
        List<Piece> pieces = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            pieces.add(new Piece(id));
        }
        try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(OcExhibitPieceTable.loadLinks(connection, pieces, List.of(exhibit))).isEqualTo(4);
        }
        assertThat(exhibit.pieces.stream().map(p -> p.id).collect(Collectors.toList()))
                .containsExactly(3L, 5L, 1L, 2L).inOrder();
        assertThat(pieces.get(4).exhibits).containsExactly(exhibit);
    }

    private void inTransaction(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }
}
