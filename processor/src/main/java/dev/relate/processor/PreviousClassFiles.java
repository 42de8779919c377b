package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.write.Fingerprint;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What stands where the filer refused a generated class. Eclipse's compiler (ecj) refuses to create
 * a type it finds already, a class file too: compiling one class alone against the output of an
 * earlier build, it finds the generated class that build wrote (javac writes it again, and warns).
 * A class file that carries relate's {@link Fingerprint} (a constant; on an interface, an annotation)
 * is relate's: as a full build would write it now, or stale. Any other class of that name is another
 * class's, a clash.
 */
final class PreviousClassFiles {
    /** What the class that stands in the way is. */
    enum Found {
        /** A class of this build, or a class file that relate did not write (or wrote before it kept a hash). */
        ANOTHER_CLASS,
        /** A class file relate wrote, with the text relate would write now: nothing to write. */
        AS_WRITTEN_NOW,
        /** A class file relate wrote from declarations that have changed since. */
        STALE
    }

    private final Elements elements;
    /** Whether a class, by qualified name, is compiled in this build. */
    private final Predicate<String> compiled;

    PreviousClassFiles(Elements elements, Predicate<String> compiled) {
        this.elements = elements;
        this.compiled = compiled;
    }

    /** What stands where {@code file}, which relate could not write, was to be written. */
    Found find(ClassName name, GeneratedFile file) {
        if (compiled.test(name.canonicalName())) {
            return Found.ANOTHER_CLASS;
        }
        TypeElement existing = elements.getTypeElement(name.canonicalName());
        String recorded = existing == null ? null : recordedFingerprint(existing);
        if (recorded == null) {
            return Found.ANOTHER_CLASS;
        }
        return recorded.equals(file.fingerprint()) ? Found.AS_WRITTEN_NOW : Found.STALE;
    }

    /**
     * The hash a generated class carries ({@link Fingerprint#FIELD}), or a generated interface
     * ({@link Fingerprint#ANNOTATION}); null if it has none.
     */
    static String recordedFingerprint(TypeElement generated) {
        for (VariableElement field : ElementFilter.fieldsIn(generated.getEnclosedElements())) {
            if (field.getSimpleName().contentEquals(Fingerprint.FIELD)
                    && field.getConstantValue() instanceof String value && !value.isEmpty()) {
                return value;
            }
        }
        for (AnnotationMirror annotation : generated.getAnnotationMirrors()) {
            if (((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(Fingerprint.ANNOTATION)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member
                        : annotation.getElementValues().entrySet()) {
                    if (member.getKey().getSimpleName().contentEquals("value")
                            && member.getValue().getValue() instanceof String value && !value.isEmpty()) {
                        return value;
                    }
                }
            }
        }
        return null;
    }

    /** Where the class file of a top-level class lies under an output directory: {@code com/example/X.class}. */
    static String classFile(ClassName name) {
        String simple = name.simpleName() + ".class";
        return name.packageName().isEmpty() ? simple : name.packageName().replace('.', '/') + "/" + simple;
    }
}
