package dev.relate.processor.mutants;

import dev.relate.processor.RelateClaims;
import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.relate.processor.mutants.MutantTesting.assertNoCrash;
import static dev.relate.processor.mutants.MutantTesting.compile;
import static dev.relate.processor.mutants.MutantTesting.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.relate.processor.RelateProcessor;
import dev.relate.processor.mutants.MutantTesting.Result;
import dev.relate.processor.testing.Wrapping;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * relate annotations on the fields of local and anonymous classes, which javac shows no processor:
 * relate finds them in the source, recognising relate's annotations by their name as written and the
 * imports of the file ({@code dev.relate.*}, the annotation itself, or the package dev.relate), and
 * nothing else; through an environment a build tool wraps around javac's as well. javac runs relate
 * only for a round holding one of its annotations where javac sees it, so each source has one
 * outside its local classes too.
 */
class LocalClassRuleTest {
    private static final JavaFileObject LOCAL = source("test.Star", """
            package test;

            import dev.relate.*;

            public class Star {
                @ManyToOneRel
                Star next;

                void run() {
                    class Local {
                        @ManyToOneRel(backPopulates = "next")
                        Star star;
                    }
                }
            }
            """);

    @Test
    void anAnnotationImportedWithItsPackageIsRecognised() {
        Result result = compile(LOCAL);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateClassNotAccessible] Local is a local class, so the"
                + " generated helpers cannot refer to it").inFile(LOCAL).onLineContaining("@ManyToOneRel(backPopulates");
    }

    @Test
    void annotationsWrittenWithTheirPackageAreRecognisedBackrefIncluded() {
        JavaFileObject qualified = source("test.Qualified", """
                package test;

                public class Qualified {
                    @dev.relate.ManyToOneRel
                    Qualified next;

                    Object run() {
                        return new Object() {
                            @dev.relate.Backref
                            Qualified marked;
                        };
                    }

                    void other() {
                        class Local {
                            @dev.relate.OneToManyRel
                            java.util.List<Qualified> all;
                        }
                    }
                }
                """);
        Result result = compile(qualified);
        assertThat(result.compilation()).hadErrorCount(2);
        assertThat(result.compilation()).hadErrorContaining("[RelateClassNotAccessible] The class holding marked is an"
                + " anonymous class").inFile(qualified).onLineContaining("@dev.relate.Backref");
        assertThat(result.compilation()).hadErrorContaining("[RelateClassNotAccessible] Local is a local class")
                .inFile(qualified).onLineContaining("@dev.relate.OneToManyRel");
    }

    @Test
    void inThePackageDevRelateTheSimpleNameIsRelates() {
        JavaFileObject inPackage = source("dev.relate.InPackage", """
                package dev.relate;

                public class InPackage {
                    @OneToManyRel
                    java.util.List<InPackage> all;

                    void run() {
                        class Local {
                            @ManyToOneRel
                            InPackage other;
                        }
                    }
                }
                """);
        Result result = compile(inPackage);
        assertThat(result.compilation()).hadErrorCount(1);
        assertThat(result.compilation()).hadErrorContaining("[RelateClassNotAccessible] Local is a local class")
                .inFile(inPackage).onLineContaining("@ManyToOneRel");
    }

    @Test
    void annotationsOfOtherPackagesAreNotRelates() {
        Result result = compile(source("other.ManyToOneRel", """
                package other;

                public @interface ManyToOneRel {
                }
                """), source("test.Foreign", """
                package test;

                import java.util.List;
                import other.ManyToOneRel;

                public class Foreign {
                    @dev.relate.ManyToOneRel
                    Foreign next;

                    List<Foreign> run() {
                        class Local {
                            @ManyToOneRel
                            Foreign imported;

                            @other.ManyToOneRel
                            Foreign qualified;

                            @Deprecated
                            Foreign notRelates;
                        }
                        return null;
                    }
                }
                """));
        assertThat(result.compilation()).succeeded();
        assertThat(result.compilation().errors()).isEmpty();
    }

    @Test
    void theRuleLooksThroughAnEnvironmentThatWrapsJavacs() {
        Compilation compilation = compileInside(Wrapping.Wrapper::new);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateClassNotAccessible] Local is a local class").inFile(LOCAL)
                .onLineContaining("@ManyToOneRel(backPopulates");
    }

    @Test
    void andThroughWrappersOfWrappers() {
        Compilation compilation = compileInside(
                env -> new Wrapping.Wrapper(new Wrapping.Wrapper(new Wrapping.Wrapper(env))));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[RelateClassNotAccessible] Local is a local class").inFile(LOCAL)
                .onLineContaining("@ManyToOneRel(backPopulates");
    }

    /** An environment that wraps itself never ends the search; relate does without the rule then. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEnvironmentWrappingItselfIsGivenUpOn() {
        Compilation compilation = compileInside(SelfWrapping::new);
        assertThat(compilation).succeeded();
    }

    private static Compilation compileInside(UnaryOperator<ProcessingEnvironment> wrap) {
        Compilation compilation = Compiler.javac()
                .withProcessors(Wrapping.inside(new RelateProcessor(), wrap), new RelateClaims())
                .compile(LOCAL);
        assertNoCrash(compilation);
        return compilation;
    }

    /** A wrapper whose only field of an environment's type holds itself; it delegates through another. */
    private static final class SelfWrapping implements ProcessingEnvironment {
        private final ProcessingEnvironment self;
        private final Object javac;

        SelfWrapping(ProcessingEnvironment javac) {
            this.self = this;
            this.javac = javac;
        }

        private ProcessingEnvironment javac() {
            return (ProcessingEnvironment) javac;
        }

        @Override
        public Map<String, String> getOptions() {
            return javac().getOptions();
        }

        @Override
        public Messager getMessager() {
            return javac().getMessager();
        }

        @Override
        public Filer getFiler() {
            return javac().getFiler();
        }

        @Override
        public Elements getElementUtils() {
            return javac().getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return javac().getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return javac().getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return self == this ? javac().getLocale() : Locale.ROOT;
        }
    }
}
