package dev.relate.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.relate.processor.check.Diagnostics;
import dev.relate.processor.check.Message;
import dev.relate.processor.check.RelationshipChecker;
import dev.relate.processor.model.RelationsClass;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.write.RelationsWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The relate annotation processor: reads the relationship annotations of a round, checks them,
 * and writes a {@code <Class>Relations} helper class for each class that holds an end. Each step
 * lives in its own package ({@code read}, {@code check}, {@code write}); this class only runs them.
 */
@AutoService(Processor.class)
public final class RelateProcessor extends AbstractProcessor {
    /** The {@code @Generated} annotations, newest first; relate writes the first the target platform has. */
    private static final List<String> GENERATED = List.of(
            "javax.annotation.processing.Generated", "javax.annotation.Generated");

    /** Every class this processor has written, to recognise them in later rounds. */
    private final Set<String> written = new LinkedHashSet<>();

    /** Runs before each class is written; tests use it to force the path of an unexpected failure. */
    private final Consumer<RelationsClass> beforeWrite;

    public RelateProcessor() {
        this(relations -> { });
    }

    RelateProcessor(Consumer<RelationsClass> beforeWrite) {
        this.beforeWrite = beforeWrite;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (RelKind kind : RelKind.values()) {
            types.add(kind.annotation());
        }
        types.add(RelKind.BACKREF);
        types.addAll(GENERATED);
        return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Diagnostics diagnostics = new Diagnostics(processingEnv.getMessager());
        if (!onlyOnWrittenClasses(annotations, round)) {
            return false;
        }
        if (annotations.isEmpty()) {
            return true;
        }
        try {
            List<VariableElement> fields = annotatedFields(annotations, round);
            if (fields.isEmpty()) {
                return true;
            }
            List<RelationsClass> classes = new RelationshipChecker(processingEnv.getTypeUtils(),
                    processingEnv.getElementUtils(), diagnostics).check(fields, buildTypes(round));
            RelationsWriter writer = new RelationsWriter(generatedAnnotation());
            for (RelationsClass relations : classes) {
                write(writer, relations, diagnostics);
            }
        } catch (RuntimeException e) {
            // Each step already turns its own failures into errors on the element at hand; this is the last net.
            Element at = annotations.iterator().next();
            diagnostics.error(at, Message.UNEXPECTED, "this round", e);
        }
        // relate's annotations are relate's alone: claiming them keeps -Xlint:processing -Werror builds quiet
        return true;
    }

    /**
     * Whether every {@code @Generated} in the round is on a class relate wrote. Only then does relate
     * claim the round's annotations: javac's -Xlint:processing warns about annotations no processor
     * claims, and users build with -Werror; {@code @Generated} on another tool's output stays unclaimed.
     */
    private boolean onlyOnWrittenClasses(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (!GENERATED.contains(annotation.getQualifiedName().toString())) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (!(element instanceof TypeElement type) || !written.contains(type.getQualifiedName().toString())) {
                    return false;
                }
            }
        }
        return true;
    }

    private void write(RelationsWriter writer, RelationsClass relations, Diagnostics diagnostics) {
        TypeElement owner = processingEnv.getElementUtils().getTypeElement(relations.owner().canonicalName());
        try {
            beforeWrite.accept(relations);
            JavaFile file = writer.write(relations, owner);
            file.writeTo(processingEnv.getFiler());
            written.add(relations.name().canonicalName());
        } catch (IOException e) {
            diagnostics.error(owner, Message.CANNOT_WRITE, relations.name().canonicalName(), e.getMessage());
        } catch (RuntimeException e) {
            diagnostics.error(owner, Message.UNEXPECTED, relations.owner().simpleName(), e);
        }
    }

    /** Every field carrying a relate annotation, ordered by class name and then source position. */
    private static List<VariableElement> annotatedFields(Set<? extends TypeElement> annotations,
            RoundEnvironment round) {
        Set<VariableElement> fields = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            if (!GENERATED.contains(annotation.getQualifiedName().toString())) {
                fields.addAll(ElementFilter.fieldsIn(round.getElementsAnnotatedWith(annotation)));
            }
        }
        List<VariableElement> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing((VariableElement field) -> qualifiedName(field.getEnclosingElement()))
                .thenComparingInt(field -> field.getEnclosingElement().getEnclosedElements().indexOf(field)));
        return sorted;
    }

    private static String qualifiedName(Element type) {
        return type instanceof TypeElement typeElement ? typeElement.getQualifiedName().toString()
                : type.toString();
    }

    /** The classes compiled in this round, nested ones included. */
    private static Set<TypeElement> buildTypes(RoundEnvironment round) {
        Set<TypeElement> types = new LinkedHashSet<>();
        for (Element root : round.getRootElements()) {
            collectTypes(root, types);
        }
        return types;
    }

    private static void collectTypes(Element element, Set<TypeElement> types) {
        if (element instanceof TypeElement type) {
            types.add(type);
            for (Element enclosed : type.getEnclosedElements()) {
                if (enclosed.getKind().isClass() || enclosed.getKind().isInterface()
                        || enclosed.getKind() == ElementKind.RECORD || enclosed.getKind() == ElementKind.ENUM) {
                    collectTypes(enclosed, types);
                }
            }
        }
    }

    /** {@code @Generated} of the target platform: javax.annotation.processing (9+) or javax.annotation (8). */
    private ClassName generatedAnnotation() {
        for (String name : GENERATED) {
            if (processingEnv.getElementUtils().getTypeElement(name) != null) {
                return ClassName.bestGuess(name);
            }
        }
        return null;
    }
}
