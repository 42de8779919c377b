package dev.relate.jpa.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A term of a glossary, held in its map under its word. */
@Entity
@Table(name = "mk_term")
public class Term {
    @Id
    @GeneratedValue
    private Long id;

    private String word;

    @ManyToOne
    private Glossary glossary;

    /** For JPA. */
    protected Term() {
    }

    public Term(String word) {
        this.word = word;
    }

    public Long getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public Glossary getGlossary() {
        return glossary;
    }

    public void setGlossary(Glossary glossary) {
        this.glossary = glossary;
    }

    @Override
    public String toString() {
        return word;
    }
}
