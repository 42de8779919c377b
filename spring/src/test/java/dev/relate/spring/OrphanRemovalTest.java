package dev.relate.spring;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

/**
 * {@code cascade = ALL, orphanRemoval = true}, the mapping of a parent that owns its children: a
 * child that relate moves to another parent leaves the old parent's collection, which orphan removal
 * sees, yet Hibernate keeps it, because the new parent's collection cascades it again at the flush;
 * a child only removed is deleted.
 */
@DataJpaTest(showSql = false)
@Import(BlogService.class)   // unused here: the same configuration as the other tests, so one context serves all
class OrphanRemovalTest {
    @Autowired
    private TestEntityManager em;

    private long from;
    private long to;
    private long card;

    @BeforeEach
    void aCardOnABoard() {
        Board first = new Board();
        Card only = new Card();
        first.addCard(only);                 // cascaded by the board
        from = em.persistAndGetId(first, Long.class);
        to = em.persistAndGetId(new Board(), Long.class);
        card = only.getId();
        em.flush();
        em.clear();
    }

    @Test
    void aCardMovedToAnotherBoardIsKept() {
        Card loaded = em.find(Card.class, card);

        loaded.setBoard(em.find(Board.class, to));

        assertThat(em.find(Board.class, from).getCards()).isEmpty();
        em.flush();
        em.clear();
        assertThat(rows()).containsExactly(card + ":" + to);
        assertThat(em.find(Board.class, to).getCards()).hasSize(1);
    }

    @Test
    void aCardRemovedFromItsBoardIsDeleted() {
        Board board = em.find(Board.class, from);

        board.getCards().remove(em.find(Card.class, card));     // the getter's live view

        em.flush();
        em.clear();
        assertThat(rows()).isEmpty();
    }

    private List<String> rows() {
        List<?> rows = em.getEntityManager().createNativeQuery("select id, board_id from card").getResultList();
        return rows.stream().map(row -> ((Object[]) row)[0] + ":" + ((Object[]) row)[1]).toList();
    }
}
