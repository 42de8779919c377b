package dev.relate.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.testing.Wrapping;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The diagrams relate writes beside the helpers: one per class with ends, at
 * {@code META-INF/relate/model/<binary name>.mmd}, and with {@code -Arelate.diagram=model} the whole
 * compilation's at {@code META-INF/relate/model.mmd}; their exact text for small models.
 */
class DiagramTest {
    private static final JavaFileObject PARENT = JavaFileObjects.forSourceString("test.Parent", """
            package test;
            import dev.relate.OneToManyRel;
            import java.util.List;
            public class Parent {
                @OneToManyRel(backPopulates = "parent")
                List<Child> children;
            }
            """);
    private static final JavaFileObject CHILD = JavaFileObjects.forSourceString("test.Child", """
            package test;
            import dev.relate.ManyToOneRel;
            public class Child {
                @ManyToOneRel(backPopulates = "children")
                Parent parent;
            }
            """);

    static Compilation compile(List<String> options, JavaFileObject... sources) {
        List<String> all = new ArrayList<>(options);
        all.add("-Xlint:all");
        return Compiler.javac().withProcessors(new RelateProcessor(), new RelateClaims()).withOptions(all)
                .compile(sources);
    }

    static String resource(Compilation compilation, String path) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
        assertThat(file).isPresent();
        try {
            return file.get().getCharContent(true).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> diagrams(Compilation compilation) {
        List<String> paths = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.endsWith(".mmd")) {
                paths.add(path.substring(path.indexOf("META-INF/")));
            }
        }
        return paths;
    }

    /** The resources relate asks the Filer for, also in a compilation that fails. */
    static List<String> resourcesCreated(List<String> options, JavaFileObject... sources) {
        List<String> created = new ArrayList<>();
        Processor recording = Wrapping.inside(new RelateProcessor(), environment -> new Wrapping.Wrapper(environment) {
            @Override
            public Filer getFiler() {
                Filer filer = super.getFiler();
                return (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(), new Class<?>[] {Filer.class},
                        (proxy, method, arguments) -> {
                            if (method.getName().equals("createResource")) {
                                created.add(arguments[2].toString());
                            }
                            try {
                                return method.invoke(filer, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        });
        Compiler.javac().withProcessors(recording, new RelateClaims()).withOptions(options).compile(sources);
        return created;
    }

    @Test
    void eachClassWithEndsGetsADiagramOfItsRelationships() {
        Compilation compilation = compile(List.of(), PARENT, CHILD);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(diagrams(compilation)).containsExactly("META-INF/relate/model/test.Child.mmd",
                "META-INF/relate/model/test.Parent.mmd");
        assertThat(resource(compilation, "META-INF/relate/model/test.Parent.mmd")).isEqualTo("""
                classDiagram
                    %% relate: relationships of test.Parent
                    namespace test {
                        class `test.Child`["Child"] {
                            Parent parent
                        }
                        class `test.Parent`["Parent"] {
                            List~Child~ children
                        }
                    }
                    `test.Parent` "0..1" -- "*" `test.Child` : children / parent
                """);
        // the other end's diagram draws the same line, from the same end
        assertThat(resource(compilation, "META-INF/relate/model/test.Child.mmd"))
                .isEqualTo(resource(compilation, "META-INF/relate/model/test.Parent.mmd")
                        .replace("relationships of test.Parent", "relationships of test.Child"));
    }

    @Test
    void aSubclassPointsToItsNearestSuperclassWithEndsInItsPackage() {
        JavaFileObject item = JavaFileObjects.forSourceString("test.Item", """
                package test;
                import dev.relate.ManyToOneRel;
                public class Item {
                    @ManyToOneRel(backPopulates = "children")
                    Folder parent;
                }
                """);
        JavaFileObject folder = JavaFileObjects.forSourceString("test.Folder", """
                package test;
                import dev.relate.OneToManyRel;
                import java.util.List;
                public class Folder extends Item {
                    @OneToManyRel(backPopulates = "parent")
                    List<Item> children;
                }
                """);
        // no ends of its own: it is not drawn, and its subclass points past it
        JavaFileObject archive = JavaFileObjects.forSourceString("test.Archive", """
                package test;
                public class Archive extends Folder {
                }
                """);
        JavaFileObject shortcut = JavaFileObjects.forSourceString("test.Shortcut", """
                package test;
                import dev.relate.ManyToOneRel;
                public class Shortcut extends Archive {
                    @ManyToOneRel
                    Item target;
                }
                """);
        Compilation compilation = compile(List.of("-Arelate.diagram=model"), item, folder, archive, shortcut);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(resource(compilation, "META-INF/relate/model.mmd")).isEqualTo("""
                classDiagram
                    %% relate: every relationship of the compilation
                    namespace test {
                        class `test.Folder`["Folder"] {
                            List~Item~ children
                        }
                        class `test.Item`["Item"] {
                            Folder parent
                        }
                        class `test.Shortcut`["Shortcut"] {
                            Item target
                        }
                    }
                    `test.Folder` "0..1" -- "*" `test.Item` : children / parent
                    `test.Shortcut` "*" --> "0..1" `test.Item` : target
                    `test.Item` <|-- `test.Folder`
                    `test.Folder` <|-- `test.Shortcut`
                """);
        // the superclass's diagram knows nothing of its subclasses; the subclass's draws the arrow
        assertThat(resource(compilation, "META-INF/relate/model/test.Item.mmd")).doesNotContain("<|--");
        assertThat(resource(compilation, "META-INF/relate/model/test.Folder.mmd"))
                .contains("`test.Item` <|-- `test.Folder`");
    }

    @Test
    void oneWayRelationshipsAreArrowsWithTheMultiplicityTheirAnnotationDeclares() {
        Compilation compilation = compile(List.of(), JavaFileObjects.forSourceString("test.Holder", """
                package test;
                import dev.relate.ManyToManyRel;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.List;
                import java.util.Set;
                public class Holder {
                    @OneToManyRel List<Item> items;
                    @OneToManyRel(uselist = false) Item favorite;
                    @ManyToOneRel Item owner;
                    @ManyToManyRel Set<Item> tags;
                    public static class Item {
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(diagrams(compilation)).containsExactly("META-INF/relate/model/test.Holder.mmd");
        assertThat(resource(compilation, "META-INF/relate/model/test.Holder.mmd")).isEqualTo("""
                classDiagram
                    %% relate: relationships of test.Holder
                    namespace test {
                        class `test.Holder`["Holder"] {
                            List~Holder.Item~ items
                            Holder.Item favorite
                            Holder.Item owner
                            Set~Holder.Item~ tags
                        }
                        class `test.Holder$Item`["Holder.Item"]
                    }
                    `test.Holder` "0..1" --> "0..1" `test.Holder$Item` : favorite
                    `test.Holder` "0..1" --> "*" `test.Holder$Item` : items
                    `test.Holder` "*" --> "0..1" `test.Holder$Item` : owner
                    `test.Holder` "*" --> "*" `test.Holder$Item` : tags
                """);
    }

    @Test
    void classesOfOneSimpleNameInTwoPackagesStayTwoAndAManyToManyNamesItsTable() {
        Compilation compilation = compile(List.of(), JavaFileObjects.forSourceString("shop.Product", """
                package shop;
                import dev.relate.ManyToManyRel;
                import java.util.Set;
                public class Product {
                    long id;
                    @ManyToManyRel(secondary = "product_tag", backPopulates = "products")
                    public Set<Tag> tags;
                    @ManyToManyRel(backref = "products")
                    public Set<blog.Tag> labels;
                }
                """), JavaFileObjects.forSourceString("shop.Tag", """
                package shop;
                import dev.relate.ManyToManyRel;
                import java.util.Set;
                public class Tag {
                    long id;
                    @ManyToManyRel(secondary = "product_tag", backPopulates = "tags")
                    Set<Product> products;
                }
                """), JavaFileObjects.forSourceString("blog.Tag", """
                package blog;
                import java.util.Set;
                public class Tag {
                    public Set<shop.Product> products;
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(resource(compilation, "META-INF/relate/model/shop.Product.mmd")).isEqualTo("""
                classDiagram
                    %% relate: relationships of shop.Product
                    namespace blog {
                        class `blog.Tag`["Tag"] {
                            Set~Product~ products
                        }
                    }
                    namespace shop {
                        class `shop.Product`["Product"] {
                            Set~Tag~ tags
                            Set~Tag~ labels
                        }
                        class `shop.Tag`["Tag"] {
                            Set~Product~ products
                        }
                    }
                    `blog.Tag` "*" -- "*" `shop.Product` : products / labels
                    `shop.Product` "*" -- "*" `shop.Tag` : tags / products, table product_tag
                """);
    }

    @Test
    void anAssociationClassShowsItsTableAndExtraDataAndHoldsOneOfEachSide() {
        Compilation compilation = compile(List.of(), JavaFileObjects.forSourceString("test.School", """
                package test;
                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.math.BigDecimal;
                import java.util.ArrayList;
                import java.util.List;
                public class School {
                    public static class Student {
                        long id;
                        @OneToManyRel(backPopulates = "student") List<Enrollment> enrollments = new ArrayList<>();
                    }
                    public static class Course {
                        long id;
                        @OneToManyRel(backPopulates = "course") List<Enrollment> enrollments = new ArrayList<>();
                    }
                    @AssociationObject(table = "enrollment")
                    public static class Enrollment {
                        static int count;
                        @ManyToOneRel(backPopulates = "enrollments") Student student;
                        String grade;
                        @ManyToOneRel(backPopulates = "enrollments") Course course;
                        BigDecimal fee;
                        transient int views;
                    }
                }
                """));

        assertThat(compilation).succeededWithoutWarnings();
        String enrollment = resource(compilation, "META-INF/relate/model/test.School$Enrollment.mmd");
        assertThat(enrollment).isEqualTo("""
                classDiagram
                    %% relate: relationships of test.School$Enrollment
                    namespace test {
                        class `test.School$Course`["School.Course"] {
                            List~School.Enrollment~ enrollments
                        }
                        class `test.School$Enrollment`["School.Enrollment"] {
                            <<association, table enrollment>>
                            School.Student student
                            School.Course course
                            String grade
                            BigDecimal fee
                            int views
                        }
                        class `test.School$Student`["School.Student"] {
                            List~School.Enrollment~ enrollments
                        }
                    }
                    `test.School$Course` "1" -- "*" `test.School$Enrollment` : enrollments / course
                    `test.School$Student` "1" -- "*" `test.School$Enrollment` : enrollments / student
                """);
        // a side's diagram shows the association, both its sides and its extra data, as the association's own does
        assertThat(resource(compilation, "META-INF/relate/model/test.School$Student.mmd"))
                .isEqualTo(enrollment.replace("relationships of test.School$Enrollment",
                        "relationships of test.School$Student"));
    }

    @Test
    void theModelOptionAddsTheWholeCompilationsDiagramEachRelationshipOnce() {
        Compilation compilation = compile(List.of("-Arelate.diagram=model"), PARENT, CHILD,
                JavaFileObjects.forSourceString("Node", """
                        import dev.relate.ManyToOneRel;
                        import dev.relate.OneToManyRel;
                        import java.util.List;
                        public class Node {
                            @ManyToOneRel(backPopulates = "children") Node parent;
                            @OneToManyRel(backPopulates = "parent", acyclic = true) List<Node> children;
                        }
                        """));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(diagrams(compilation)).containsExactly("META-INF/relate/model/Node.mmd",
                "META-INF/relate/model/test.Child.mmd", "META-INF/relate/model/test.Parent.mmd",
                "META-INF/relate/model.mmd");
        assertThat(resource(compilation, "META-INF/relate/model.mmd")).isEqualTo("""
                classDiagram
                    %% relate: every relationship of the compilation
                    class `Node`["Node"] {
                        Node parent
                        List~Node~ children
                    }
                    namespace test {
                        class `test.Child`["Child"] {
                            Parent parent
                        }
                        class `test.Parent`["Parent"] {
                            List~Child~ children
                        }
                    }
                    `Node` "0..1" -- "*" `Node` : children / parent
                    `test.Parent` "0..1" -- "*" `test.Child` : children / parent
                """);
    }

    @Test
    void noneWritesNoDiagramAndClassesIsTheDefault() {
        Compilation none = compile(List.of("-Arelate.diagram=none"), PARENT, CHILD);
        Compilation classes = compile(List.of("-Arelate.diagram= Classes "), PARENT, CHILD);

        assertThat(none).succeededWithoutWarnings();
        assertThat(none.generatedSourceFiles()).hasSize(2);
        assertThat(diagrams(none)).isEmpty();
        assertThat(classes).succeededWithoutWarnings();
        assertThat(diagrams(classes)).isEqualTo(diagrams(compile(List.of(), PARENT, CHILD)));
    }

    @Test
    void anUnknownValueOfTheOptionIsAnErrorThatListsTheValues() {
        Compilation compilation = compile(List.of("-Arelate.diagram=all"), PARENT, CHILD);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateDiagramOption] -Arelate.diagram=all is not a value relate"
                + " knows: give one of classes, model, none (classes, the default: a diagram of each class's"
                + " relationships; model: those and one of the whole compilation; none: no diagram)");
        assertThat(resourcesCreated(List.of("-Arelate.diagram=all"), PARENT, CHILD)).isEmpty();
        assertThat(resourcesCreated(List.of("-Arelate.diagram=model"), PARENT, CHILD)).hasSize(3);
    }

    @Test
    void aClassWithAnErrorGetsNoDiagram() {
        JavaFileObject child = JavaFileObjects.forSourceString("test.Child", """
                package test;
                import dev.relate.ManyToOneRel;
                public class Child {
                    @ManyToOneRel(backPopulates = "childs")
                    Parent parent;
                }
                """);
        Compilation compilation = compile(List.of(), PARENT, child);

        assertThat(compilation).hadErrorContaining("[RelateMissingField]");
        assertThat(resourcesCreated(List.of(), PARENT, child)).isEmpty();
        assertThat(resourcesCreated(List.of(), PARENT, CHILD)).hasSize(2);
    }
}
