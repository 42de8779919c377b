package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.relate.processor.check.Diagnostics;
import dev.relate.processor.check.RelationshipChecker;
import dev.relate.processor.model.LinkTableClass;
import dev.relate.processor.model.Plan;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.model.FileOptions;
import dev.relate.processor.write.RelationsWriter;
import dev.relate.processor.write.TableWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import org.junit.jupiter.api.Test;

/**
 * The entry points for code that runs relate's steps itself: {@link RelationshipChecker#check(List, List, Set)}
 * with no association objects, and the writers' {@code write(model, originatingElement, options)}, here
 * as for a package that shadows nothing and uses nothing deprecated.
 */
class StepEntryPointsTest {

    @Test
    void plansTheHelpersOfEveryClassHoldingAnEnd() {
        List<String> planned = new ArrayList<>();
        List<Boolean> written = new ArrayList<>();
        AbstractProcessor checking = new AbstractProcessor() {
            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return Set.of("dev.relate.ManyToOneRel", "dev.relate.OneToManyRel", "dev.relate.ManyToManyRel");
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return SourceVersion.latestSupported();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                if (annotations.isEmpty()) {
                    return false;
                }
                List<VariableElement> fields = new ArrayList<>();
                for (TypeElement annotation : annotations) {
                    fields.addAll(ElementFilter.fieldsIn(round.getElementsAnnotatedWith(annotation)));
                }
                Set<TypeElement> types = new LinkedHashSet<>(ElementFilter.typesIn(round.getRootElements()));
                Plan plan = new RelationshipChecker(processingEnv.getTypeUtils(), processingEnv.getElementUtils(),
                        new DeclarationReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), true, type -> true),
                        new Diagnostics(processingEnv.getMessager()), RelationsWriter::helpers)
                        .check(fields, List.of(), types);
                for (RelationsClass relations : plan.relations()) {
                    planned.add(relations.name().canonicalName());
                    RelationsWriter writer = new RelationsWriter(null);
                    written.add(writer.write(relations, null, FileOptions.PLAIN).toString()
                            .contains("class " + relations.name().simpleName()));
                }
                for (LinkTableClass table : plan.tables()) {
                    planned.add(table.name().canonicalName());
                    TableWriter writer = new TableWriter(null);
                    written.add(writer.write(table, null, FileOptions.PLAIN).toString()
                            .contains("class " + table.name().simpleName()));
                }
                return true;
            }
        };
        Compilation compilation = Compiler.javac().withProcessors(checking).compile(
                source("test.Parent", """
                        package test;

                        import dev.relate.ManyToManyRel;
                        import dev.relate.OneToManyRel;
                        import java.util.List;
                        import java.util.Set;

                        public class Parent {
                            long id;

                            @OneToManyRel(backPopulates = "parent")
                            List<Child> children;

                            @ManyToManyRel(secondary = "favourites")
                            Set<Child> favourites;
                        }
                        """),
                source("test.Child", """
                        package test;

                        import dev.relate.ManyToOneRel;

                        public class Child {
                            long id;

                            @ManyToOneRel(backPopulates = "children")
                            Parent parent;
                        }
                        """));
        assertThat(compilation).succeeded();
        assertThat(planned).containsExactly("test.ChildRelations", "test.ParentRelations", "test.FavouritesTable")
                .inOrder();
        assertThat(written).containsExactly(true, true, true);
    }
}
