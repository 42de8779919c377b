package dev.relate.processor.mutants;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.source;

import dev.relate.processor.mutants.MutantTesting.Result;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A pair whose other end is wrong in itself is reported there only, where fixing it may be all it takes. */
class PairingReportsTest {

    /** B.a gives both backPopulates and backref; the field its backPopulates names exists, so only that error counts. */
    @Test
    void anOtherEndGivingBothAttributesIsReportedOnItAlone() {
        JavaFileObject b = source("test.B", """
                package test;

                import dev.relate.ManyToOneRel;

                public class B {
                    @ManyToOneRel(backPopulates = "others", backref = "bs")
                    A a;
                }
                """);
        Result result = compile(source("test.A", """
                package test;

                import dev.relate.OneToManyRel;
                import java.util.ArrayList;
                import java.util.List;

                public class A {
                    @OneToManyRel(backPopulates = "a")
                    List<B> bs = new ArrayList<>();

                    List<B> others = new ArrayList<>();
                }
                """), b);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateBackrefAndBackPopulates]").inFile(b)
                .onLineContaining("@ManyToOneRel");
        assertThat(result.written()).isEmpty();
    }
}
