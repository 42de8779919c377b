package dev.relate.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.relate.processor.model.FileOptions;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/** What every generated file shares: {@code @Generated}, the originating element, the layout. */
public final class FileWriting {
    /** The {@code @Generated} value: the processor's name only, so that output is reproducible. */
    public static final String GENERATOR = "dev.relate.processor.RelateProcessor";

    private FileWriting() {
    }

    /** The text of a generated file as relate lays it out, before {@link Fingerprint#stamp} fills in its hash. */
    public static String text(JavaFile file) {
        return Layout.of(file.toString());
    }

    /**
     * @param generatedAnnotation the {@code @Generated} to add, or null where none is available
     * @param originatingElement the class the file is written for, or null in tests
     * @param unchecked whether the file casts to a generic type that javac may call unchecked
     */
    static JavaFile file(ClassName name, TypeSpec.Builder type, ClassName generatedAnnotation,
            Element originatingElement, FileOptions options, boolean unchecked) {
        if (!options.qualify().isEmpty()) {
            type.alwaysQualify(options.qualify().stream().sorted().toArray(String[]::new));
        }
        List<String> suppressed = new ArrayList<>();
        if (options.deprecatedUses()) {
            suppressed.addAll(List.of("deprecation", "removal"));
        }
        if (unchecked) {
            suppressed.add("unchecked");
        }
        if (!suppressed.isEmpty()) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", suppressed.size() == 1 ? "$S" : "{$L}", suppressed.size() == 1
                            ? suppressed.get(0)
                            : CodeBlock.join(suppressed.stream().map(word -> CodeBlock.of("$S", word)).toList(), ", "))
                    .build());
        }
        if (generatedAnnotation != null) {
            type.addAnnotation(AnnotationSpec.builder(generatedAnnotation)
                    .addMember("value", "$S", GENERATOR)
                    .build());
        }
        if (originatingElement != null) {
            type.addOriginatingElement(originatingElement);
        }
        return JavaFile.builder(name.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }
}
