package test.valid.manytomany;

import dev.relate.ManyToManyRel;
import java.util.HashSet;
import java.util.Set;

/** Ids declared by a generic superclass, as in Spring Data's AbstractPersistable: their type is the type argument. */
public class GenericSuperclassIds {
    public abstract static class Persistable<K> {
        K id;
    }

    public abstract static class Named<K> {
        private final K key;

        Named(K key) {
            this.key = key;
        }

        public K getId() {
            return key;
        }
    }

    public static class Article extends Persistable<Long> {
        @ManyToManyRel(secondary = "article_keyword", backPopulates = "articles")
        Set<Keyword> keywords = new HashSet<>();
    }

    public static class Keyword extends Named<String> {
        @ManyToManyRel(secondary = "article_keyword", backPopulates = "keywords")
        Set<Article> articles = new HashSet<>();

        Keyword(String key) {
            super(key);
        }
    }
}
