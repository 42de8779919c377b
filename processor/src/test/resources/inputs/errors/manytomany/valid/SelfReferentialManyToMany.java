package test.valid.manytomany;

import dev.relate.Backref;
import dev.relate.ManyToManyRel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Many-to-many ends on one class: a backref to a plain field, a backref to a marked field, a backPopulates pair. */
public class SelfReferentialManyToMany {
    public static class Person {
        long id;

        @ManyToManyRel(secondary = "follow_links", backref = "followers", leftColumn = "follower_id",
                rightColumn = "followed_id")
        Set<Person> following = new LinkedHashSet<>();

        Set<Person> followers = new LinkedHashSet<>();
    }

    public static class Page {
        int id;

        @ManyToManyRel(secondary = "page_links", backref = "linkedFrom", leftColumn = "from_page_id",
                rightColumn = "to_page_id")
        List<Page> linksTo = new ArrayList<>();

        @Backref
        List<Page> linkedFrom = new ArrayList<>();
    }

    public static class Node {
        Integer id;

        @ManyToManyRel(secondary = "node_edges", backPopulates = "parents", leftColumn = "parent_id",
                rightColumn = "child_id")
        Set<Node> children = new LinkedHashSet<>();

        @ManyToManyRel(secondary = "node_edges", backPopulates = "children", leftColumn = "parent_id",
                rightColumn = "child_id")
        Set<Node> parents = new LinkedHashSet<>();
    }
}
