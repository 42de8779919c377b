package dev.relate.processor.properties;

import dev.relate.processor.properties.Model.Assoc;
import dev.relate.processor.properties.Model.End;
import dev.relate.processor.properties.Model.Rel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Properties of the processor over random models, compiled with compile-testing: valid models
 * compile without a warning under -Xlint:all for Java 8 and their helpers work when loaded;
 * invalid models get errors with relate's ids (or javac's) on lines of their own files, and never
 * a crash. Each try compiles a batch of models in one javac invocation, each model in packages of
 * its own. The seeds are fixed: every run compiles the same models. A failure names the model and
 * prints its sources; jqwik then shrinks the batch and the model's choices.
 */
class ProcessorPropertiesTest {
    /** Models per javac invocation. */
    static final int BATCH = 50;
    /** Numbers per model: more than any model reads, so that every choice is random. */
    static final int CHOICES = 300;
    /** Numbers for the mutation of an invalid model. */
    static final int MUTATION_CHOICES = 100;
    /**
     * javac reports the first 100 errors and warnings unless told otherwise: a batch may have more.
     * -Xlint:-options: javac 21 and later warn that --release 8 is obsolete, about the options, not the code.
     */
    static final List<String> VALID_OPTIONS = List.of("-Xlint:all", "-Xlint:-options", "--release", "8",
            "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
    /** The same for Java 17, where relate reaches private fields through field handles, not their accessors. */
    static final List<String> HANDLE_OPTIONS = List.of("-Xlint:all", "--release", "17",
            "-Xmaxerrs", "100000", "-Xmaxwarns", "100000");
    /** Invalid models need relate's errors and javac's, not class files. */
    static final List<String> INVALID_OPTIONS = List.of("-proc:only", "-Xmaxerrs", "100000");

    private static final AtomicInteger VALID = new AtomicInteger();
    private static final AtomicInteger INVALID = new AtomicInteger();

    @Provide
    Arbitrary<List<List<Integer>>> validBatches() {
        return choices().list().ofSize(BATCH);
    }

    static Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 9999).list().ofSize(CHOICES);
    }

    @Property(tries = 12, seed = "4711", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void validModelsCompileWithoutWarningsAndTheirHelpersWork(@ForAll("validBatches") List<List<Integer>> batch) {
        checkValid(batch, VALID_OPTIONS);
    }

    /** The valid models for Java 17: private fields through handles, which the same calls check. */
    @Property(tries = 4, seed = "1789", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void validModelsWorkThroughFieldHandles(@ForAll("validBatches") List<List<Integer>> batch) {
        checkValid(batch, HANDLE_OPTIONS);
    }

    private static void checkValid(List<List<Integer>> batch, List<String> options) {
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            models.add(ValidModels.build(batch.get(i), "m" + i));
        }
        Batch compiled = Batch.compile(models, options);
        for (Diagnostic<? extends JavaFileObject> diagnostic : compiled.compilation.diagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                Model model = compiled.modelOf(diagnostic);
                throw new AssertionError("a valid model got " + Batch.describe(diagnostic) + "\n"
                        + (model != null ? model.report() : suspects(compiled, diagnostic)));
            }
        }
        HelperCalls calls = new HelperCalls(compiled.loader());
        for (Model model : models) {
            for (String relations : expectedHelpers(model)) {
                if (!compiled.written.contains(relations)) {
                    throw new AssertionError("relate wrote no " + relations + " for a valid model\n" + model.report());
                }
            }
            try {
                calls.check(model);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + model.report() + generated(compiled, model), e);
            }
            VALID.incrementAndGet();
        }
    }

    @Provide
    Arbitrary<List<List<Integer>>> invalidBatches() {
        return Arbitraries.integers().between(0, 9999).list().ofSize(CHOICES + MUTATION_CHOICES).list().ofSize(BATCH);
    }

    /**
     * Every model but every fourth is mutated; the fourth stays valid, a bystander whose files must
     * stay free of errors and whose helpers relate must still write.
     */
    @Property(tries = 12, seed = "1701", shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE)
    void invalidModelsGetErrorsOnTheirOwnLinesAndNeverACrash(@ForAll("invalidBatches") List<List<Integer>> batch) {
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            List<Integer> choices = batch.get(i);
            models.add(i % 4 == 3 ? ValidModels.build(choices.subList(0, CHOICES), "m" + i)
                    : InvalidModels.build(choices.subList(0, CHOICES), choices.subList(CHOICES, choices.size()),
                            "m" + i));
        }
        // relate writes nothing in a compilation where a type stays unresolved, and javac runs no processor at
        // all after some errors of its own (an annotation it rejects): such models are compiled apart
        for (int level : new int[] {0, Model.DEFERS, Model.STOPS}) {
            List<Model> group = models.stream().filter(model -> model.javacLevel == level).toList();
            if (!group.isEmpty()) {
                checkInvalid(Batch.compile(group, INVALID_OPTIONS));
            }
        }
    }

    private static void checkInvalid(Batch compiled) {
        List<Model> models = compiled.models;
        Map<Model, List<Diagnostic<? extends JavaFileObject>>> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : compiled.compilation.diagnostics()) {
            Model model = compiled.modelOf(diagnostic);
            String message = diagnostic.getMessage(Locale.ROOT);
            for (String crash : CRASHES) {
                if (message.contains(crash)) {
                    throw new AssertionError("relate crashed: " + Batch.describe(diagnostic) + "\n"
                            + (model != null ? model.report() : suspects(compiled, diagnostic)));
                }
            }
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            if (model == null) {
                throw new AssertionError("an error outside the models' own files: " + Batch.describe(diagnostic)
                        + "\n" + suspects(compiled, diagnostic));
            }
            if (model.isValid()) {
                throw new AssertionError("an error in a valid model compiled beside invalid ones: "
                        + Batch.describe(diagnostic) + "\n" + model.report());
            }
            if (diagnostic.getLineNumber() < 1) {
                throw new AssertionError("an error on no line: " + Batch.describe(diagnostic) + "\n" + model.report());
            }
            errors.computeIfAbsent(model, key -> new ArrayList<>()).add(diagnostic);
        }
        for (Model model : models) {
            if (model.isValid()) {
                for (String relations : expectedHelpers(model)) {
                    if (!compiled.written.contains(relations)) {
                        throw new AssertionError("relate wrote no " + relations + " for a valid model compiled"
                                + " beside invalid ones\n" + model.report());
                    }
                }
                continue;
            }
            checkErrors(model, errors.getOrDefault(model, List.of()), compiled);
            INVALID.incrementAndGet();
        }
    }

    /** Messages that mean relate (or javac) crashed, whatever else they say. */
    private static final List<String> CRASHES = List.of("RelateUnexpected", "uncaught exception", "\tat ",
            "An exception has occurred in the compiler");

    /**
     * An invalid model has an error with one of the ids its mutation leads to, and relate wrote no
     * helpers for a class that it reported an error in.
     */
    private static void checkErrors(Model model, List<Diagnostic<? extends JavaFileObject>> errors, Batch compiled) {
        boolean expected = false;
        for (Diagnostic<? extends JavaFileObject> error : errors) {
            String message = error.getMessage(Locale.ROOT);
            boolean relate = message.startsWith("[Relate");
            for (String id : model.expected) {
                expected |= id.equals(InvalidModels.JAVAC) ? !relate : message.startsWith("[" + id + "] ");
            }
            if (relate) {
                Model.Cls cls = model.classAt(Batch.path(error), error.getLineNumber());
                if (cls != null && compiled.written.contains(cls.relations())) {
                    throw new AssertionError("relate wrote " + cls.relations() + " for a class with an error: "
                            + Batch.describe(error) + "\n" + model.report());
                }
            }
        }
        if (!expected) {
            StringBuilder got = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> error : errors) {
                got.append("\n  ").append(Batch.describe(error));
            }
            throw new AssertionError("an invalid model got none of the errors " + model.expected + "; it got:"
                    + (errors.isEmpty() ? " none" : got) + "\n" + model.report());
        }
    }

    /** The helpers relate must write for a valid model. */
    static Set<String> expectedHelpers(Model model) {
        Set<String> helpers = new LinkedHashSet<>();
        for (Rel rel : model.rels) {
            for (End end : new End[] {rel.a, rel.b}) {
                if (end != null) {
                    helpers.add((rel.other(end) == null ? end.declaring() : end.owner()).relations());
                }
            }
        }
        for (Assoc assoc : model.assocs) {
            helpers.add(assoc.type.relations());
        }
        return helpers;
    }

    /** A diagnostic in a generated file: the models whose helpers it may be, with that source. */
    private static String suspects(Batch compiled, Diagnostic<? extends JavaFileObject> diagnostic) {
        String path = Batch.path(diagnostic);
        StringBuilder out = new StringBuilder();
        for (Model model : compiled.models) {
            if (path.contains("/" + model.prefix + "/")) {
                out.append(model.report());
            }
        }
        String name = path.replaceFirst("^.*?/SOURCE_OUTPUT/", "").replaceFirst("\\.java$", "").replace('/', '.');
        return out + "---- generated " + name + "\n" + compiled.generatedSource(name);
    }

    private static String generated(Batch compiled, Model model) {
        StringBuilder out = new StringBuilder();
        for (String relations : expectedHelpers(model)) {
            out.append("---- generated ").append(relations).append('\n').append(compiled.generatedSource(relations));
        }
        return out.toString();
    }

    @AfterContainer
    static void report() {
        System.out.printf(Locale.ROOT, "ProcessorPropertiesTest: %d valid models, %d invalid models%n", VALID.get(),
                INVALID.get());
    }
}
