package dev.relate.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.relate.processor.model.FileOptions;
import javax.lang.model.element.Element;

/** What every generated file shares: {@code @Generated}, the originating element, the layout. */
public final class FileWriting {
    /** The {@code @Generated} value: the processor's name only, so that output is reproducible. */
    public static final String GENERATOR = "dev.relate.processor.RelateProcessor";

    private FileWriting() {
    }

    /**
     * @param generatedAnnotation the {@code @Generated} to add, or null where none is available
     * @param originatingElement the class the file is written for, or null in tests
     */
    static JavaFile file(ClassName name, TypeSpec.Builder type, ClassName generatedAnnotation,
            Element originatingElement, FileOptions options) {
        if (!options.qualify().isEmpty()) {
            type.alwaysQualify(options.qualify().stream().sorted().toArray(String[]::new));
        }
        if (options.deprecatedUses()) {
            type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                    .addMember("value", "{$S, $S}", "deprecation", "removal")
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
