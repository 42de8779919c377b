package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compileClean;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import org.junit.jupiter.api.Test;

/**
 * The names generated code gives its constants, parameters and classes: constants in upper snake
 * case ({@code myURL} → {@code MY_URL}, numbered from 2 on when fields give one name), a parameter
 * named after its class ({@code X} → {@code x}), the parameters of an association's helpers after
 * the classes of its ends (after the ends themselves when both hold one class), and helpers as
 * visible as the class they help.
 */
class GeneratedNamesTest {

    @Test
    void constantsOfEndsAreInUpperSnakeCaseAndUnique() {
        Result result = compileClean(source("test.Links", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Links {
                    @OneToManyRel
                    List<X> myURL = new ArrayList<>();

                    @OneToManyRel
                    List<X> URL = new ArrayList<>();

                    @OneToManyRel
                    List<X> aB_c = new ArrayList<>();

                    @OneToManyRel
                    List<X> a_bC = new ArrayList<>();

                    @OneToManyRel
                    List<X> a_b_c = new ArrayList<>();
                }
                """), source("test.X", """
                package test;

                import dev.relate.ManyToOneRel;

                public class X {
                    @ManyToOneRel
                    Links links;
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        String links = result.source("test.LinksRelations");
        assertThat(links).contains(" MY_URL = new ");
        assertThat(links).contains(" URL = new ");
        assertThat(links).contains(" A_B_C = new ");
        assertThat(links).contains(" A_B_C2 = new ");
        assertThat(links).contains(" A_B_C3 = new ");
        assertThat(links).contains("public static boolean addToMyURL(Links links, X x)");
        assertThat(result.source("test.XRelations")).contains("public static void setLinks(X x, Links links)");
    }

    @Test
    void theParametersOfAnAssociationAreNamedAfterTheClassesOfItsEnds() {
        Result result = compileClean(source("test.Clubs", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Clubs {
                    public static class Person {
                        @OneToManyRel(backPopulates = "member")
                        List<Membership> memberships = new ArrayList<>();
                    }

                    public static class Club {
                        @OneToManyRel(backPopulates = "team")
                        List<Membership> memberships = new ArrayList<>();
                    }

                    @AssociationObject
                    public static class Membership {
                        @ManyToOneRel(backPopulates = "memberships")
                        Person member;

                        @ManyToOneRel(backPopulates = "memberships")
                        Club team;
                    }

                    public static class Node {
                        @OneToManyRel(backPopulates = "from")
                        List<Edge> outgoing = new ArrayList<>();

                        @OneToManyRel(backPopulates = "to")
                        List<Edge> incoming = new ArrayList<>();
                    }

                    @AssociationObject(left = "from", right = "to")
                    public static class Edge {
                        @ManyToOneRel(backPopulates = "outgoing")
                        Node from;

                        @ManyToOneRel(backPopulates = "incoming")
                        Node to;
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("test.Clubs_MembershipRelations"))
                .contains("public static Clubs.Membership find(Clubs.Person person, Clubs.Club club)");
        assertThat(result.source("test.Clubs_EdgeRelations"))
                .contains("public static Clubs.Edge find(Clubs.Node from, Clubs.Node to)");
    }

    @Test
    void helpersOfAClassNotVisibleOutsideItsPackageAreNotPublic() {
        Result result = compileClean(source("test.Hidden", """
                package test;

                import dev.relate.ManyToOneRel;

                class Hidden {
                    @ManyToOneRel
                    Hidden next;

                    public static class Inner {
                        @ManyToOneRel
                        Inner next;
                    }
                }
                """), source("test.Shown", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Shown {
                    @ManyToOneRel
                    Shown next;
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("test.HiddenRelations")).doesNotContain("public final class");
        assertThat(result.source("test.HiddenRelations")).contains(" final class HiddenRelations {");
        assertThat(result.source("test.Hidden_InnerRelations")).doesNotContain("public final class");
        assertThat(result.source("test.ShownRelations")).contains("public final class ShownRelations {");
    }

    /** Both ends of a many-to-many named rights: the table's parameters are rights and rights2. */
    @Test
    void aTakenNameAndFallbackGetANumber() {
        Result result = compileClean(source("test.Pairs", """
                package test;

                import dev.relate.ManyToManyRel;
                import java.util.HashSet;
                import java.util.Set;

                public class Pairs {
                    public static class Left {
                        long id;

                        @ManyToManyRel(secondary = "pairs", backPopulates = "rights")
                        Set<Right> rights = new HashSet<>();
                    }

                    public static class Right {
                        long id;

                        @ManyToManyRel(secondary = "pairs", backPopulates = "rights")
                        Set<Left> rights = new HashSet<>();
                    }
                }
                """));
        assertThat(result.compilation()).succeededWithoutWarnings();
        assertThat(result.source("test.PairsTable")).contains("loadLinks(Connection connection,"
                + " Collection<? extends Pairs.Left> rights, Collection<? extends Pairs.Right> rights2)");
    }
}
