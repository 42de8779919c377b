package dev.relate.spring;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.ArrayList;
import java.util.List;

/** A parent that owns its children: {@code cascade = ALL, orphanRemoval = true} (see {@link OrphanRemovalTest}). */
@Entity
public class Board {
    @Id
    @GeneratedValue
    private Long id;

    @OneToMany(mappedBy = "board", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Card> cards = new ArrayList<>();

    public Long getId() {
        return id;
    }

    public List<Card> getCards() {
        return BoardRelations.cards(this);
    }

    public void addCard(Card card) {
        BoardRelations.addToCards(this, card);
    }
}
