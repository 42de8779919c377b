package dev.relate.jpa.maps;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MapKey;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;

/** JPA's mappings only: {@code @OneToMany(mappedBy) @MapKey(name = "word")}, read by relate as a map end. */
@Entity
@Table(name = "mk_glossary")
public class Glossary {
    @Id
    @GeneratedValue
    private Long id;

    @OneToMany(mappedBy = "glossary")
    @MapKey(name = "word")
    private Map<String, Term> terms = new HashMap<>();

    public Long getId() {
        return id;
    }

    public Map<String, Term> getTerms() {
        return terms;
    }

    public void setTerms(Map<String, Term> terms) {
        this.terms = terms;
    }
}
