package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.compileClean;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An error in a relationship writes no helpers for the classes of its ends, even where each has
 * other, valid ends: helpers without one of its relationships would be wrong, not just incomplete.
 * Each case gives every class involved a valid one-way end of its own, so that only the error
 * keeps its helpers from being written.
 */
class ErrorsStopHelpersTest {
    private static final JavaFileObject NOTE = source("test.Note", "package test; public class Note {}");

    @Test
    void aFieldWithTwoRelationshipAnnotations() {
        JavaFileObject both = source("test.Both", """
                package test;

                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Both {
                    @OneToManyRel
                    @ManyToOneRel
                    Note conflicting;

                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """);
        Result result = compile(both, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateConflictingAnnotations]").inFile(both)
                .onLineContaining("Note conflicting;");
        assertThat(result.written()).isEmpty();
    }

    @Test
    void anOtherEndWithAnErrorOfItsOwn() {
        JavaFileObject parent = source("test.Parent", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Parent {
                    @OneToManyRel(backPopulates = "parent")
                    List<Child> children = new ArrayList<>();

                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """);
        JavaFileObject child = source("test.Child", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Child {
                    @ManyToOneRel(backPopulates = "children")
                    final Parent parent = null;
                }
                """);
        Result result = compile(parent, child, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateFinalScalar]").inFile(child)
                .onLineContaining("@ManyToOneRel");
        assertThat(result.written()).isEmpty();
    }

    @Test
    void anOtherEndTheHelpersCannotReach() {
        JavaFileObject child = source("test.Child", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Child {
                    @ManyToOneRel(backPopulates = "children")
                    private Parent parent;
                }
                """);
        Result result = compile(source("test.Parent", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Parent {
                    @OneToManyRel(backPopulates = "parent")
                    List<Child> children = new ArrayList<>();

                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """), child, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelatePrivateField]");
        assertThat(result.written()).isEmpty();
    }

    @Test
    void aBackrefMarkerNoDeclarationNames() {
        JavaFileObject holder = source("test.Holder", """
                package test;

                import dev.relate.Backref;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Holder {
                    @Backref
                    Note orphan;

                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """);
        Result result = compile(holder, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateOrphanBackref]").inFile(holder)
                .onLineContaining("@Backref");
        assertThat(result.written()).isEmpty();
    }

    /**
     * The error of a table stops the helpers of the class declaring the end, and of the class whose
     * instances hold it, here a subclass that inherits the end.
     */
    @Test
    void aTableErrorOfAnInheritedEnd() {
        JavaFileObject tags = source("test.Tags", """
                package test;

                import dev.relate.ManyToManyRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.HashSet;
                import java.util.List;
                import java.util.Set;

                public class Tags {
                    public static class Base {
                        long id;

                        @ManyToManyRel(secondary = "bad name", backPopulates = "posts")
                        Set<Tag> tags = new HashSet<>();

                        @OneToManyRel
                        List<Note> baseNotes = new ArrayList<>();
                    }

                    public static class Post extends Base {
                        @OneToManyRel
                        List<Note> postNotes = new ArrayList<>();
                    }

                    public static class Tag {
                        long id;

                        @ManyToManyRel(secondary = "bad name", backPopulates = "tags")
                        Set<Post> posts = new HashSet<>();

                        @OneToManyRel
                        List<Note> tagNotes = new ArrayList<>();
                    }
                }
                """);
        Result result = compile(tags, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateSqlName] secondary = \"bad name\"");
        assertThat(result.written()).isEmpty();
    }

    /** The other end names a field the declaration's class does not have; relate lists those that would fit. */
    @Test
    void aMissingOtherEndListsOnlyTheFieldsThatFit() {
        JavaFileObject parent = source("test.Parent", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Parent {
                    @OneToManyRel(backPopulates = "parnt")
                    List<Child> children = new ArrayList<>();
                }
                """);
        Result result = compile(parent, source("test.Child", """
                package test;

                public class Child {
                    Parent parent;

                    Note note;
                }
                """), NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateMissingField] backPopulates = \"parnt\" names no"
                + " field of Child: name the field that is the other end (Child has parent of a fitting type)")
                .inFile(parent).onLineContaining("@OneToManyRel");
    }

    /** An association object's table named like a many-to-many's, in another case, or with the same class. */
    @Test
    void anAssociationTableTakenByAManyToMany() {
        JavaFileObject shop = source("test.Shop", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToManyRel;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.HashSet;
                import java.util.List;
                import java.util.Set;

                public class Shop {
                    public static class Item {
                        long id;

                        @ManyToManyRel(secondary = "sHared")
                        Set<Item> similar = new HashSet<>();

                        @ManyToManyRel(secondary = "order_line")
                        Set<Item> bundled = new HashSet<>();

                        @OneToManyRel(backPopulates = "item")
                        List<Line> lines = new ArrayList<>();

                        @OneToManyRel(backPopulates = "item")
                        List<Mark> marks = new ArrayList<>();
                    }

                    public static class Buyer {
                        long id;

                        @OneToManyRel(backPopulates = "buyer")
                        List<Line> lines = new ArrayList<>();

                        @OneToManyRel(backPopulates = "buyer")
                        List<Mark> marks = new ArrayList<>();
                    }

                    @AssociationObject(table = "shared")
                    public static class Line {
                        @ManyToOneRel(backPopulates = "lines")
                        Item item;

                        @ManyToOneRel(backPopulates = "lines")
                        Buyer buyer;
                    }

                    @AssociationObject(table = "orderLine")
                    public static class Mark {
                        @ManyToOneRel(backPopulates = "marks")
                        Item item;

                        @ManyToOneRel(backPopulates = "marks")
                        Buyer buyer;
                    }
                }
                """);
        Result result = compile(shop);
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateTableShared] Shop.Line names the association table"
                + " \"shared\", which Shop.Item.similar already uses for another relationship").inFile(shop)
                .onLineContaining("@AssociationObject(table = \"shared\")");
        assertThat(result.compilation()).hadErrorContaining("[RelateTableShared] Shop.Mark names the association table"
                + " \"orderLine\", which Shop.Item.bundled already uses for another relationship").inFile(shop)
                .onLineContaining("@AssociationObject(table = \"orderLine\")");
        // the association objects whose tables are taken get no helpers
        assertThat(result.written()).containsNoneOf("test.Shop_LineRelations", "test.Shop_MarkRelations");
    }

    /** The helpers of a class list its ends in the order of its fields, wherever each relationship was declared. */
    @Test
    void helpersFollowTheOrderOfTheFields() {
        Result result = compileClean(source("test.Alpha", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Alpha {
                    @ManyToOneRel(backPopulates = "alphas")
                    Parent parent;
                }
                """), source("test.Parent", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Parent {
                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();

                    @OneToManyRel(backPopulates = "parent")
                    List<Alpha> alphas = new ArrayList<>();
                }
                """), NOTE);
        assertThat(result.compilation()).succeededWithoutWarnings();
        String parent = result.source("test.ParentRelations");
        assertThat(parent.indexOf("addToNotes(")).isLessThan(parent.indexOf("addToAlphas("));
        assertThat(parent.indexOf("addToNotes(")).isAtLeast(0);
    }

    /**
     * As {@link #anOtherEndWithAnErrorOfItsOwn}, with an end that a subclass inherits: both the class
     * declaring it and the subclass, whose instances the other end holds, get no helpers.
     */
    @Test
    void anOtherEndWithAnErrorOfItsOwnHoldingASubclass() {
        JavaFileObject item = source("test.Item", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Item {
                    @ManyToOneRel(backPopulates = "items")
                    final Sub owner = null;
                }
                """);
        Result result = compile(source("test.Base", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Base {
                    @OneToManyRel(backPopulates = "owner")
                    List<Item> items = new ArrayList<>();

                    @OneToManyRel
                    List<Note> baseNotes = new ArrayList<>();
                }
                """), source("test.Sub", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Sub extends Base {
                    @OneToManyRel
                    List<Note> subNotes = new ArrayList<>();
                }
                """), item, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateFinalScalar]").inFile(item)
                .onLineContaining("@ManyToOneRel");
        assertThat(result.written()).isEmpty();
    }

    /** The end holds a subclass of the class declaring the other end: that subclass gets no helpers either. */
    @Test
    void anOtherEndWithAnErrorOfItsOwnInheritedByTheClassTheEndHolds() {
        JavaFileObject item = source("test.Item", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Item {
                    @ManyToOneRel(backPopulates = "items")
                    final Owner owner = null;
                }
                """);
        Result result = compile(source("test.Owner", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Owner {
                    @OneToManyRel(backPopulates = "owner")
                    List<SubItem> items = new ArrayList<>();
                }
                """), source("test.SubItem", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class SubItem extends Item {
                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """), item, NOTE);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateFinalScalar]").inFile(item)
                .onLineContaining("@ManyToOneRel");
        assertThat(result.written()).isEmpty();
    }
}
