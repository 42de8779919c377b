package dev.relate.processor.errors;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Runs a processor and records the names of the source files it creates. compile-testing hides
 * generated files once a compilation fails, yet "no file for a class with errors, its file for a
 * valid class beside it" is exactly what a failing compilation must show.
 */
final class RecordingProcessor implements Processor {
    private final Processor delegate;
    private final List<String> createdSources = new ArrayList<>();

    RecordingProcessor(Processor delegate) {
        this.delegate = delegate;
    }

    /** The qualified names of every source file the processor created, in order. */
    List<String> createdSources() {
        return List.copyOf(createdSources);
    }

    @Override
    public void init(ProcessingEnvironment env) {
        Filer filer = recording(env.getFiler());
        delegate.init(proxy(ProcessingEnvironment.class, env, (target, method, args) ->
                method.getName().equals("getFiler") ? filer : method.invoke(target, args)));
    }

    private Filer recording(Filer filer) {
        return proxy(Filer.class, filer, (target, method, args) -> {
            if (method.getName().equals("createSourceFile")) {
                createdSources.add(args[0].toString());
            }
            return method.invoke(target, args);
        });
    }

    /** A forwarding call on the real object, to be intercepted. */
    private interface Call {
        Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (self, method, args) -> {
            try {
                return call.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

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
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return delegate.process(annotations, round);
    }

    @Override
    public Iterable<? extends Completion> getCompletions(Element element, AnnotationMirror annotation,
            ExecutableElement member, String userText) {
        return delegate.getCompletions(element, annotation, member, userText);
    }
}
