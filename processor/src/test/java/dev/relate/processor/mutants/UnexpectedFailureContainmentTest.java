package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.relate.processor.RelateProcessor;
import dev.relate.processor.TestProcessors;
import dev.relate.processor.testing.Wrapping;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A bug in relate (here an exception injected into javac's Types and Elements while relate runs one
 * step) becomes one RelateUnexpected error on the element at hand, never a crash, and the class it
 * is about gets no helpers; at each step that catches its own failures, and in the round as a whole.
 */
class UnexpectedFailureContainmentTest {
    private static final String INJECTED = "java.lang.IllegalStateException: injected";
    private static final JavaFileObject NOTE = source("test.Note", "package test; public class Note {}");
    private static final JavaFileObject BROKEN = source("test.Broken", "package test; public class Broken {}");

    /**
     * Throws from Types and Elements while a frame of {@code method} of {@code className} is on the
     * stack and, unless {@code mentioning} is null, an argument mentions it.
     */
    private record Fault(String className, String method, String mentioning) {

        boolean applies(Object[] args) {
            boolean inStep = StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    frame -> frame.getClassName().equals(className) && frame.getMethodName().equals(method)));
            if (!inStep) {
                return false;
            }
            if (mentioning == null) {
                return true;
            }
            if (args != null) {
                for (Object arg : args) {
                    if (arg != null && String.valueOf(arg).contains(mentioning)) {
                        return true;
                    }
                }
            }
            return false;
        }

        <T> T around(Class<T> type, T real) {
            InvocationHandler handler = (proxy, invoked, args) -> {
                if (applies(args)) {
                    throw new IllegalStateException("injected");
                }
                try {
                    return invoked.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return type.cast(Proxy.newProxyInstance(UnexpectedFailureContainmentTest.class.getClassLoader(),
                    new Class<?>[] {type}, handler));
        }
    }

    /** javac's environment, with faulty Types and Elements. */
    private static final class Faulty extends Wrapping.Wrapper {
        private final Fault fault;

        Faulty(ProcessingEnvironment wrapped, Fault fault) {
            super(wrapped);
            this.fault = fault;
        }

        @Override
        public Types getTypeUtils() {
            return fault.around(Types.class, super.getTypeUtils());
        }

        @Override
        public Elements getElementUtils() {
            return fault.around(Elements.class, super.getElementUtils());
        }
    }

    private record Outcome(Compilation compilation, List<String> written) {

        /** The errors' messages up to their request to report the bug. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
                String message = diagnostic.getMessage(Locale.ROOT);
                int end = message.indexOf(". This is a bug in relate");
                errors.add(end < 0 ? message : message.substring(0, end));
            }
            return errors;
        }
    }

    private static Outcome compile(Fault fault, JavaFileObject... sources) {
        List<String> written = new ArrayList<>();
        RelateProcessor relate = TestProcessors.recording(written);
        Compilation compilation = Compiler.javac()
                .withProcessors(Wrapping.inside(relate, env -> new Faulty(env, fault)))
                .compile(sources);
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            assertThat(diagnostic.getMessage(Locale.ROOT)).doesNotContain("\tat ");
        }
        return new Outcome(compilation, written);
    }

    private static final JavaFileObject SOLO = source("test.Solo", """
            package test;

            import dev.relate.OneToManyRel;
            import java.util.ArrayList;
            import java.util.List;

            public class Solo {
                @OneToManyRel
                List<Note> notes = new ArrayList<>();

                @OneToManyRel
                List<Broken> broken = new ArrayList<>();
            }
            """);

    private static String unexpected(String on) {
        return "[RelateUnexpected] relate failed unexpectedly on " + on + " (" + INJECTED + ")";
    }

    @Test
    void aFailureCheckingOneFieldIsAnErrorOnItAndStopsItsClass() {
        // the field's annotations and shape were read before checking began: pairing it with its other
        // end is where checking it (and the other end, which names it) asks the compiler about Broken
        JavaFileObject paired = source("test.Paired", """
                package test;

                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Paired {
                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();

                    @OneToManyRel(backPopulates = "paired")
                    List<Broken> broken = new ArrayList<>();

                    public static class Broken {
                        @ManyToOneRel(backPopulates = "broken")
                        Paired paired;
                    }
                }
                """);
        Outcome outcome = compile(new Fault("dev.relate.processor.check.FieldLinker", "checkField", "Broken"),
                paired, NOTE);
        assertThat(outcome.compilation()).hadErrorCount(2);
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("Paired.broken")).inFile(paired)
                .onLineContaining("List<Broken> broken");
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("Paired.Broken.paired")).inFile(paired)
                .onLineContaining("Paired paired;");
        assertThat(outcome.written()).isEmpty();
    }

    @Test
    void aFailureFindingWhatADeclarationNames() {
        Outcome outcome = compile(new Fault("dev.relate.processor.check.BackrefMarkerRule", "collectNamed", "Broken"),
                SOLO, NOTE, BROKEN);
        assertThat(outcome.compilation()).hadErrorCount(1);
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("Solo.broken")).inFile(SOLO)
                .onLineContaining("List<Broken> broken");
        assertThat(outcome.written()).isEmpty();
    }

    @Test
    void aFailureCheckingABackrefMarker() {
        JavaFileObject marked = source("test.Marked", """
                package test;

                import dev.relate.Backref;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Marked {
                    @Backref
                    Broken marker;

                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """);
        Outcome outcome = compile(new Fault("dev.relate.processor.check.BackrefMarkerRule", "check", "Broken"),
                marked, NOTE, BROKEN);
        assertThat(outcome.compilation()).hadErrorCount(1);
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("Marked.marker")).inFile(marked)
                .onLineContaining("Broken marker");
        assertThat(outcome.written()).isEmpty();
    }

    @Test
    void aFailurePlanningARelationship() {
        Outcome outcome = compile(new Fault("dev.relate.processor.check.Planner", "planLink", null),
                SOLO, NOTE, BROKEN);
        assertThat(outcome.errors()).containsExactly(unexpected("Solo.notes"), unexpected("Solo.broken"));
        assertThat(outcome.written()).isEmpty();
    }

    @Test
    void aFailureCheckingATable() {
        JavaFileObject item = source("test.Item", """
                package test;

                import dev.relate.ManyToManyRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.HashSet;
                import java.util.List;
                import java.util.Set;

                public class Item {
                    long id;

                    @ManyToManyRel(secondary = "lookalikes")
                    Set<Item> lookalikes = new HashSet<>();

                    @OneToManyRel
                    List<Note> notes = new ArrayList<>();
                }
                """);
        Outcome outcome = compile(new Fault("dev.relate.processor.check.TableRules", "check", null), item, NOTE);
        assertThat(outcome.compilation()).hadErrorCount(1);
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("Item.lookalikes")).inFile(item)
                .onLineContaining("Set<Item> lookalikes");
        assertThat(outcome.written()).isEmpty();
    }

    @Test
    void aFailureCheckingAnAssociationObject() {
        JavaFileObject shop = source("test.Shop", """
                package test;

                import dev.relate.AssociationObject;
                import dev.relate.ManyToOneRel;
                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class Shop {
                    public static class Item {
                        @OneToManyRel(backPopulates = "item")
                        List<Line> lines = new ArrayList<>();
                    }

                    public static class Buyer {
                        @OneToManyRel(backPopulates = "buyer")
                        List<Line> lines = new ArrayList<>();
                    }

                    @AssociationObject
                    public static class Line {
                        @ManyToOneRel(backPopulates = "lines")
                        Item item;

                        @ManyToOneRel(backPopulates = "lines")
                        Buyer buyer;
                    }
                }
                """);
        Outcome outcome = compile(new Fault("dev.relate.processor.check.AssociationRules", "check", null), shop);
        assertThat(outcome.compilation()).hadErrorCount(1);
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("Shop.Line")).inFile(shop)
                .onLineContaining("public static class Line");
        assertThat(outcome.written()).doesNotContain("test.Shop_LineRelations");
    }

    @Test
    void aFailureCheckingGeneratedNamesIsAnErrorOnTheClassAndStopsIt() {
        JavaFileObject clash = JavaFileObjects.forResource("inputs/errors/generated/ErroneousUnlinkField.java");
        Outcome outcome = compile(new Fault("dev.relate.processor.check.GeneratedNameRules", "report", null), clash);
        assertThat(outcome.compilation()).hadErrorCount(1);
        assertThat(outcome.compilation()).hadErrorContaining(unexpected("ErroneousUnlinkField.Link")).inFile(clash)
                .onLineContaining("static class Link");
        assertThat(outcome.written()).doesNotContain("test.errors.ErroneousUnlinkField_LinkRelations");
        assertThat(outcome.written()).contains("test.errors.ErroneousUnlinkField_ParentRelations");
    }

    @Test
    void aFailureOutsideEveryStepIsOneErrorForTheRound() {
        Outcome outcome = compile(new Fault("dev.relate.processor.RelateProcessor", "buildTypes", null), SOLO, NOTE,
                BROKEN);
        assertThat(outcome.errors()).containsExactly(unexpected("this round"));
        assertThat(outcome.written()).isEmpty();
    }
}
