package dev.relate.jpa;

import static com.google.common.truth.Truth.assertThat;

import dev.relate.jpa.maps.Article;
import dev.relate.jpa.maps.ArticleRelations;
import dev.relate.jpa.maps.Glossary;
import dev.relate.jpa.maps.GlossaryRelations;
import dev.relate.jpa.maps.Term;
import dev.relate.jpa.maps.TermRelations;
import dev.relate.jpa.maps.Topic;
import dev.relate.jpa.maps.TopicRelations;
import org.junit.jupiter.api.Test;

/**
 * JPA's {@code @MapKey(name = ...)} on a {@code @OneToMany(mappedBy)} and on a {@code @ManyToMany}
 * map is read as a map end keyed by that attribute: the helpers keep both ends in sync in memory,
 * Hibernate saves what they linked and loads it back into maps under the same keys.
 */
class MapKeyTest {

    @Test
    void aOneToManyMapKeyedByAnAttributeIsSavedAndLoadedUnderTheSameKeys() {
        try (Database database = new Database("map_key_one_to_many", Glossary.class, Term.class)) {
            Long id = database.fromTransaction(em -> {
                Glossary glossary = new Glossary();
                Term noun = new Term("noun");
                Term verb = new Term("verb");
                GlossaryRelations.addToTerms(glossary, noun);
                TermRelations.setGlossary(verb, glossary);
                assertThat(glossary.getTerms()).containsExactly("noun", noun, "verb", verb);
                assertThat(verb.getGlossary()).isSameInstanceAs(glossary);
                Term other = new Term("noun");
                GlossaryRelations.terms(glossary).put("noun", other); // replaces noun, which leaves
                assertThat(noun.getGlossary()).isNull();
                em.persist(glossary);
                em.persist(noun);
                em.persist(verb);
                em.persist(other);
                return glossary.getId();
            });
            database.inTransaction(em -> {
                Glossary loaded = em.find(Glossary.class, id);
                assertThat(loaded.getTerms().keySet()).containsExactly("noun", "verb");
                Term verb = loaded.getTerms().get("verb");
                assertThat(verb.getGlossary()).isSameInstanceAs(loaded);
                GlossaryRelations.removeFromTerms(loaded, verb);
                assertThat(verb.getGlossary()).isNull();
            });
            database.inTransaction(em -> assertThat(em.find(Glossary.class, id).getTerms().keySet())
                    .containsExactly("noun"));
        }
    }

    @Test
    void aManyToManyMapKeyedByAnAttributeIsSavedAndLoadedUnderTheSameKeys() {
        try (Database database = new Database("map_key_many_to_many", Article.class, Topic.class)) {
            Long[] ids = database.fromTransaction(em -> {
                Article first = new Article();
                Article second = new Article();
                Topic java = new Topic("java");
                Topic sql = new Topic("sql");
                ArticleRelations.addToTopics(first, java);
                ArticleRelations.topics(first).put("sql", sql);
                TopicRelations.addToArticles(java, second);
                assertThat(java.getArticles()).containsExactly(first, second).inOrder();
                assertThat(second.getTopics()).containsExactly("java", java);
                Topic jvm = new Topic("java");
                TopicRelations.addToArticles(jvm, second); // takes the key "java" of second: java leaves it
                assertThat(java.getArticles()).containsExactly(first);
                assertThat(second.getTopics()).containsExactly("java", jvm);
                em.persist(first);
                em.persist(second);
                em.persist(java);
                em.persist(sql);
                em.persist(jvm);
                return new Long[] {first.getId(), second.getId(), jvm.getId()};
            });
            database.inTransaction(em -> {
                Article first = em.find(Article.class, ids[0]);
                Article second = em.find(Article.class, ids[1]);
                assertThat(first.getTopics().keySet()).containsExactly("java", "sql");
                assertThat(second.getTopics().get("java").getId()).isEqualTo(ids[2]);
                Topic sql = first.getTopics().get("sql");
                assertThat(sql.getArticles()).containsExactly(first);
                ArticleRelations.removeFromTopics(first, sql);
                assertThat(sql.getArticles()).isEmpty();
            });
            database.inTransaction(em -> assertThat(em.find(Article.class, ids[0]).getTopics().keySet())
                    .containsExactly("java"));
        }
    }
}
