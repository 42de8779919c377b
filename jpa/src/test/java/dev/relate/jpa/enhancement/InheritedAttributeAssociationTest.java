package dev.relate.jpa.enhancement;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What Hibernate's {@code org.hibernate.orm.test.bytecode.enhancement.association.InheritedAttributeAssociationTest}
 * covers: a {@code mappedBy} naming a {@code @ManyToOne} that the entity inherits from a
 * {@code @MappedSuperclass}. Hibernate's test only asserts that enhancement does not fail; relate
 * writes the helpers for the entity that inherits the field ({@code ChildItemRelations}) and keeps
 * both ends in sync.
 */
class InheritedAttributeAssociationTest {

    @Test
    void theInheritedManyToOneAndTheCollectionStayInSync() {
        Novelist soares = new Novelist("Bernardo Soares");
        Novelist pessoa = new Novelist("Fernando Pessoa");
        ChildItem book = new ChildItem("The Book of Disquiet");

        ChildItemRelations.setAuthor(book, soares);
        assertThat(soares.getItems()).containsExactly(book);

        pessoa.getItems().add(book);                       // moves it: out of soares's items
        assertThat(book.getAuthor()).isSameInstanceAs(pessoa);
        assertThat(soares.getItems()).isEmpty();

        pessoa.getItems().remove(book);
        assertThat(book.getAuthor()).isNull();
        assertThat(soares.getName()).isEqualTo("Bernardo Soares");
    }

    /**
     * The plain setter declared in the mapped superclass stays a plain field write, like any
     * setter that does not delegate: only the helpers keep the novelist's list in sync.
     */
    @Test
    void theMappedSuperclassesPlainSetterIsNotManaged() {
        Novelist soares = new Novelist("Bernardo Soares");
        ChildItem book = new ChildItem("The Book of Disquiet");

        book.setAuthor(soares);

        assertThat(soares.getItems()).isEmpty();
    }

    @Test
    void theLinkIsStoredInTheSubclassesTableAndLoadsOnBothSides() {
        try (Store store = new Store("enhancement_inherited", Novelist.class, ChildItem.class)) {
            Long id = store.fromTransaction(em -> {
                Novelist soares = new Novelist("Bernardo Soares");
                ChildItem book = new ChildItem("The Book of Disquiet");
                soares.getItems().add(book);               // the mappedBy side: relate sets book.author
                em.persist(soares);
                em.persist(book);
                return soares.getId();
            });
            assertThat(store.rows("select title, author_id from enh_child_item"))
                    .containsExactly("The Book of Disquiet:" + id);

            store.inTransaction(em -> {
                Novelist soares = em.find(Novelist.class, id);
                ChildItem book = soares.getItems().get(0);
                assertThat(book.getAuthor()).isSameInstanceAs(soares);
                ChildItemRelations.setAuthor(book, null);
                assertThat(soares.getItems()).isEmpty();
            });
            assertThat(store.rows("select title, author_id from enh_child_item"))
                    .containsExactly("The Book of Disquiet:null");
        }
    }
}
