package test.valid.manytomany;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Ids found by convention: a field named id, a getter getId(), and a field id inherited from a superclass. */
public class ConventionalIds {
    public static class Entity {
        protected Long id;
    }

    public static class Author extends Entity {
        @ManyToManyRel(secondary = "author_book", backPopulates = "authors")
        Set<Book> books = new HashSet<>();
    }

    public static class Book {
        private final UUID id = UUID.randomUUID();

        @ManyToManyRel(secondary = "author_book", backPopulates = "books")
        Set<Author> authors = new HashSet<>();

        public UUID getId() {
            return id;
        }
    }

    public static class Shelf {
        private int number;

        @ManyToManyRel(secondary = "shelf_book")
        Set<Book> books = new HashSet<>();

        int getId() {
            return number;
        }
    }
}
