package dev.relate.processor.check;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.tools.Diagnostic;

/**
 * Reports errors (and the few warnings) on the element, annotation and annotation value they are
 * about, each once, and remembers which classes had errors so that no file is written for them.
 */
public final class Diagnostics {
    /**
     * What relate cannot serve in a relationship that JPA's mappings alone declare, which JPA accepts:
     * there a warning, and the relationship gets no helpers.
     */
    private static final Set<Message> LEFT_TO_JPA = EnumSet.of(Message.NO_ACCESSORS, Message.GETTER_TYPE,
            Message.SETTER_TYPE, Message.GENERIC_OWNER, Message.OWNER_NOT_NAMED, Message.CLASS_NOT_VISIBLE,
            Message.NOT_IN_BUILD, Message.ENUM_END, Message.RECORD_COLLECTION, Message.FINAL_SCALAR);

    private final Messager messager;
    private final Set<String> reported = new HashSet<>();
    private final Set<TypeElement> classesWithErrors = new LinkedHashSet<>();
    private boolean reportedErrors;
    private int errors;
    /** Whether a relationship that JPA's mappings alone declare is being checked. */
    private boolean jpaAlone;

    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on an element. */
    public void error(Element element, Message message, Object... args) {
        error(element, null, null, message, args);
    }

    /**
     * Reports an error on an annotation of an element, at the value where there is one; while
     * {@link #checkingJpaAlone} runs, a warning where JPA accepts what relate cannot serve.
     */
    public void error(Element element, AnnotationMirror mirror, AnnotationValue value, Message message,
            Object... args) {
        boolean leftToJpa = jpaAlone && LEFT_TO_JPA.contains(message);
        String text = message.format(args) + (leftToJpa ? Message.Part.LEFT_TO_JPA.format() : "");
        if (!leftToJpa) {
            errors++; // once reported or not: the check found an error
        }
        if (!reported.add(text + '\u0000' + element + '\u0000' + element.getEnclosingElement())) {
            return;
        }
        if (leftToJpa) {
            messager.printMessage(Diagnostic.Kind.WARNING, text, element, mirror, value);
            return;
        }
        messager.printMessage(Diagnostic.Kind.ERROR, text, element, mirror, value);
        reportedErrors = true;
    }

    /**
     * Runs the checks of a relationship that JPA's mappings alone declare, with no relate annotation on
     * either end: what JPA accepts and relate cannot serve (accessors, the classes of the ends) is a
     * warning there, as a JPA build that never wanted helpers must still compile; other errors stay errors.
     *
     * @return what the check returned
     */
    <T> T checkingJpaAlone(Supplier<T> check) {
        boolean outer = jpaAlone;
        jpaAlone = true;
        try {
            return check.get();
        } finally {
            jpaAlone = outer;
        }
    }

    /** How many errors checks have found, each reported once: a check that left it unchanged found none. */
    int errorCount() {
        return errors;
    }

    /** Whether this has reported an error: the model it checked is then incomplete. */
    public boolean reportedErrors() {
        return reportedErrors;
    }

    /**
     * Reports a warning on an element: something relate leaves alone that the user may have meant
     * it to handle, in a build that must still compile (a JPA mapping relate cannot keep in sync).
     */
    public void warning(Element element, Message message, Object... args) {
        String text = message.format(args);
        if (reported.add(text + '\u0000' + element + '\u0000' + element.getEnclosingElement())) {
            messager.printMessage(Diagnostic.Kind.WARNING, text, element);
        }
    }

    /** Marks a class as having errors: nothing is generated for it. */
    public void poison(TypeElement type) {
        if (type != null) {
            classesWithErrors.add(type);
        }
    }

    public boolean hasErrors(TypeElement type) {
        return classesWithErrors.contains(type);
    }

    /** Reports an unexpected failure on the field it happened at, and marks the field's class. */
    void unexpected(VariableElement field, RuntimeException e) {
        error(field, Message.UNEXPECTED, DisplayNames.display(field), e);
        poison((TypeElement) field.getEnclosingElement());
    }
}
