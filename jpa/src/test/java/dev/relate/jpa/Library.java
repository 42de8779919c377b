package dev.relate.jpa;

import jakarta.persistence.EntityManager;
import java.util.List;

/** A small graph built with relate's generated helpers only: no entity's other end is set by hand. */
final class Library {
    final Publisher penguin = new Publisher("Penguin");
    final Publisher faber = new Publisher("Faber");
    final Book dune = new Book("Dune");
    final Book emma = new Book("Emma");
    final Book omnibus = new Book("Omnibus");
    final Author herbert = new Author("Frank Herbert");
    final Author austen = new Author("Jane Austen");
    final Biography herbertsLife = new Biography("Born in Tacoma.");
    final Reader ann = new Reader("Ann");
    final Reader bob = new Reader("Bob");
    final Review annOnDune;
    final Review bobOnDune;
    final Review annOnEmma;

    Library() {
        // one-to-many, from either end
        PublisherRelations.addToBooks(penguin, dune);
        BookRelations.setPublisher(emma, penguin);
        PublisherRelations.books(faber).add(omnibus);
        // many-to-many, from the owning end and from the inverse (mappedBy) end
        BookRelations.addToAuthors(dune, herbert);
        AuthorRelations.books(austen).add(emma);
        BookRelations.setAuthors(omnibus, List.of(herbert, austen));
        // one-to-one, from the inverse end
        AuthorRelations.setBiography(herbert, herbertsLife);
        // the association entity, with its extra columns
        annOnDune = ReviewRelations.link(ann, dune, new Review(5, "a classic"));
        bobOnDune = ReviewRelations.link(bob, dune, new Review(3, "long"));
        annOnEmma = ReviewRelations.link(ann, emma, new Review(4, "witty"));
    }

    Graph graph() {
        return new Graph(List.of(penguin, faber), List.of(dune, emma, omnibus), List.of(herbert, austen),
                List.of(herbertsLife), List.of(ann, bob), List.of(annOnDune, bobOnDune, annOnEmma));
    }

    /** Persists every entity: relate's helpers did the linking, JPA's cascades are not needed. */
    void persist(EntityManager em) {
        Graph graph = graph();
        graph.publishers().forEach(em::persist);
        graph.books().forEach(em::persist);
        graph.authors().forEach(em::persist);
        graph.biographies().forEach(em::persist);
        graph.readers().forEach(em::persist);
        graph.reviews().forEach(em::persist);
    }
}
