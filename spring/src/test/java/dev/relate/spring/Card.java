package dev.relate.spring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A child of {@link Board}, which removes it as an orphan. */
@Entity
public class Card {
    @Id
    @GeneratedValue
    private Long id;

    @ManyToOne
    private Board board;

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public void setBoard(Board board) {
        CardRelations.setBoard(this, board);
    }
}
