package dev.relate.processor.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A processor run inside a processing environment that wraps javac's, as build tools wrap it
 * (Gradle does, for incremental processing): the environment the processor sees is not javac's.
 * Shared by the tests of several packages.
 */
public final class Wrapping {
    private Wrapping() {
    }

    /** {@code delegate}, initialised with the environment {@code wrap} makes of javac's. */
    public static Processor inside(Processor delegate, UnaryOperator<ProcessingEnvironment> wrap) {
        return new Processor() {
            @Override
            public Set<String> getSupportedOptions() {
                return delegate.getSupportedOptions();
            }

            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return delegate.getSupportedAnnotationTypes();
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return delegate.getSupportedSourceVersion();
            }

            @Override
            public void init(ProcessingEnvironment processingEnv) {
                delegate.init(wrap.apply(processingEnv));
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
                return delegate.process(annotations, roundEnv);
            }

            @Override
            public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
                    ExecutableElement member, String userText) {
                return delegate.getCompletions(element, annotation, member, userText);
            }
        };
    }

    /** An environment that passes every call on to the one it wraps, kept in a private field. */
    public static class Wrapper implements ProcessingEnvironment {
        private final ProcessingEnvironment wrapped;

        public Wrapper(ProcessingEnvironment wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public Map<String, String> getOptions() {
            return wrapped.getOptions();
        }

        @Override
        public Messager getMessager() {
            return wrapped.getMessager();
        }

        @Override
        public Filer getFiler() {
            return wrapped.getFiler();
        }

        @Override
        public Elements getElementUtils() {
            return wrapped.getElementUtils();
        }

        @Override
        public Types getTypeUtils() {
            return wrapped.getTypeUtils();
        }

        @Override
        public SourceVersion getSourceVersion() {
            return wrapped.getSourceVersion();
        }

        @Override
        public Locale getLocale() {
            return wrapped.getLocale();
        }

        @Override
        public boolean isPreviewEnabled() {
            return wrapped.isPreviewEnabled();
        }
    }

    /** An environment whose filer records each source file created, with its originating elements. */
    public static final class Recording extends Wrapper {
        private final List<String> created;

        public Recording(ProcessingEnvironment wrapped, List<String> created) {
            super(wrapped);
            this.created = created;
        }

        @Override
        public Filer getFiler() {
            Filer filer = super.getFiler();
            return new Filer() {
                @Override
                public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
                        throws IOException {
                    List<String> origins = new ArrayList<>();
                    for (Element element : originatingElements) {
                        origins.add(((TypeElement) element).getQualifiedName().toString());
                    }
                    created.add(name + " " + origins);
                    return filer.createSourceFile(name, originatingElements);
                }

                @Override
                public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
                        throws IOException {
                    return filer.createClassFile(name, originatingElements);
                }

                @Override
                public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                        CharSequence relativeName, Element... originatingElements) throws IOException {
                    return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
                }

                @Override
                public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPkg,
                        CharSequence relativeName) throws IOException {
                    return filer.getResource(location, moduleAndPkg, relativeName);
                }
            };
        }
    }
}
