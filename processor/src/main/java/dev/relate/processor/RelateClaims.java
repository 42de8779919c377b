package dev.relate.processor;

import dev.relate.processor.read.EventDeclarations;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.write.FileWriting;
import dev.relate.processor.write.Fingerprint;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Claims relate's annotations, so that javac's {@code -Xlint:processing} does not report them as
 * unclaimed in {@code -Werror} builds. {@link RelateProcessor} reads every round (it supports
 * {@code "*"}, for the classes without relate's annotations that a backref manages), and a
 * processor that supports {@code "*"} would claim every annotation of the round by claiming: so it
 * claims nothing, and this processor, after it in {@code META-INF/services}, claims relate's own
 * (and the {@code @RelateFingerprint} of the interfaces relate writes).
 * A {@code @Generated} is claimed only when every class carrying it in the round is relate's:
 * another tool's output stays unclaimed.
 */
public final class RelateClaims extends AbstractProcessor {

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new LinkedHashSet<>(RelKind.RELATE_ANNOTATIONS);
        types.add(RelKind.IGNORE_MAPPINGS);
        types.addAll(EventDeclarations.NAMES);
        types.addAll(RelateProcessor.GENERATED);
        types.add(Fingerprint.ANNOTATION); // on the generated interfaces of a round
        return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            if (!RelateProcessor.GENERATED.contains(annotation.getQualifiedName().toString())) {
                continue;
            }
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (!writtenByRelate(element, annotation)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code element}'s {@code @Generated} names relate as its generator. */
    private static boolean writtenByRelate(Element element, TypeElement generated) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (!mirror.getAnnotationType().asElement().equals(generated)) {
                continue;
            }
            for (var entry : mirror.getElementValues().entrySet()) {
                ExecutableElement member = entry.getKey();
                if (member.getSimpleName().contentEquals("value") && names(entry.getValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean names(AnnotationValue value) {
        Object held = value.getValue();
        if (held instanceof java.util.List<?> values) {
            for (Object item : values) {
                if (item instanceof AnnotationValue inner && FileWriting.GENERATOR.equals(inner.getValue())) {
                    return true;
                }
            }
            return false;
        }
        return FileWriting.GENERATOR.equals(held);
    }
}
