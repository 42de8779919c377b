package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import dev.relate.processor.check.Message;
import dev.relate.processor.model.RelationsClass;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The classes javac compiles without ever showing them to relate. javac looks for processors round
 * by round, in the order of the processor path, and stops looking in a round once every annotation
 * of it is claimed: a processor before relate that claims all of a round's annotations (Lombok does,
 * for a class that carries only Lombok's) keeps relate out of that round. A class compiled alone
 * (an IDE's or Gradle's incremental build) that carries only that processor's annotations never
 * reaches relate, and the helpers an earlier build wrote for it are neither written again nor
 * checked: stale without a word. A class javac compiles implicitly (found through the source path)
 * reaches no processor either. javac still tells relate of every class it analyses, after
 * processing; a class relate neither saw nor reached from one it saw, served by generated classes an
 * earlier build left on the class path, gets {@link Message#NOT_RUN}. Other compilers (ecj) tell
 * nothing: nothing is watched there.
 */
final class UnseenClasses implements TaskListener {
    private final Elements elements;
    private final Messager messager;
    /** Whether relate saw a class, by qualified name: a class of one of its rounds, one it reached, or one it wrote. */
    private final Predicate<String> seen;
    /** The classes reported, so that each is reported once. */
    private final Set<String> reported = new HashSet<>();

    private UnseenClasses(Elements elements, Messager messager, Predicate<String> seen) {
        this.elements = elements;
        this.messager = messager;
        this.seen = seen;
    }

    /** Watches the classes javac analyses, where the compiler is javac. */
    static void watch(ProcessingEnvironment environment, Predicate<String> seen) {
        UnseenClasses unseen = new UnseenClasses(environment.getElementUtils(), environment.getMessager(), seen);
        try {
            JavacTask.instance(environment).addTaskListener(unseen);
        } catch (IllegalArgumentException | IllegalStateException | LinkageError e) {
            // not javac (ecj), or javac's task is not reachable from here: nothing tells of the classes it compiles
        }
    }

    @Override
    public void started(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
            return;
        }
        try {
            check(outermost(event.getTypeElement()));
        } catch (RuntimeException e) {
            // a net, not a step of the build: a class javac analyses in a way not foreseen here is left alone
        }
    }

    private void check(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (!(type.getKind().isClass() || type.getKind().isInterface()) || !SourceVersion.isName(name)
                || seen.test(name) || !reported.add(name)) {
            return; // package-info and module-info are analysed too
        }
        Set<String> helpers = helpersServing(type);
        if (!helpers.isEmpty()) {
            messager.printMessage(Diagnostic.Kind.ERROR, Message.NOT_RUN.format(type.getSimpleName(),
                    String.join(", ", helpers)), type);
        }
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement outer = type;
        while (outer.getNestingKind() == NestingKind.MEMBER && outer.getEnclosingElement() instanceof TypeElement up) {
            outer = up;
        }
        return outer;
    }

    /**
     * The generated classes an earlier build left on the class path that serve {@code type}: its own
     * and its nested classes'; where it has none (Gradle deletes them before it recompiles the class),
     * those of the classes its fields name that name it in turn (the end object of a backref lives in
     * the generated class of the class that declares it). By simple name.
     */
    private Set<String> helpersServing(TypeElement type) {
        Set<String> found = new TreeSet<>();
        Set<ClassName> named = new LinkedHashSet<>();
        collectOwn(type, found, named);
        if (!found.isEmpty()) {
            return found;
        }
        ClassName self = ClassName.get(type);
        for (ClassName other : named) {
            TypeElement generated = other.topLevelClassName().equals(self) ? null
                    : relateGenerated(RelationsClass.nameFor(other));
            if (generated != null && FormerPartners.namedBy(generated).stream()
                    .anyMatch(name -> name.topLevelClassName().equals(self))) {
                found.add(generated.getSimpleName().toString());
            }
        }
        return found;
    }

    /** Adds the generated classes of {@code type} and its nested classes, and the classes their fields name. */
    private void collectOwn(TypeElement type, Set<String> found, Set<ClassName> named) {
        TypeElement generated = relateGenerated(RelationsClass.nameFor(ClassName.get(type)));
        if (generated != null) {
            found.add(generated.getSimpleName().toString());
        }
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            FormerPartners.collect(field.asType(), named);
        }
        for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
            collectOwn(nested, found, named);
        }
    }

    /** The class of that name on the class path if relate wrote it (it carries a fingerprint), else null. */
    private TypeElement relateGenerated(ClassName name) {
        TypeElement generated = elements.getTypeElement(name.canonicalName());
        return generated != null && PreviousClassFiles.recordedFingerprint(generated) != null ? generated : null;
    }
}
