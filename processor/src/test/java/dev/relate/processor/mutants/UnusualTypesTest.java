package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Field types that look like what relate takes and are not: a collection class that extends a raw
 * collection, whose element type is unknown, and an annotation type, which is no class to relate to.
 */
class UnusualTypesTest {

    @Test
    void aCollectionClassExtendingARawCollectionIsRaw() {
        JavaFileObject holder = source("test.Holder", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;

                public class Holder {
                    @SuppressWarnings("rawtypes")
                    static class Things extends ArrayList {
                        private static final long serialVersionUID = 1L;
                    }

                    @OneToManyRel
                    Things things;
                }
                """);
        Result result = compile(holder);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateRawCollection] Holder.things has the raw type"
                + " Holder.Things: give the element type").inFile(holder).onLineContaining("@OneToManyRel");
        assertThat(result.written()).isEmpty();
    }

    @Test
    void anAnnotationTypeIsNotAClassToRelateTo() {
        JavaFileObject holder = source("test.Holder", """
                package test;

                import dev.relate.ManyToOneRel;

                public class Holder {
                    @ManyToOneRel
                    Marker marker;
                }
                """);
        Result result = compile(holder, source("test.Marker", "package test; public @interface Marker {}"));
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateClassNotAccessible] Marker is not a class")
                .inFile(holder).onLineContaining("@ManyToOneRel");
        assertThat(result.written()).isEmpty();
    }
}
