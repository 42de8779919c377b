package dev.relate.processor;

import dev.relate.processor.check.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Holds a round's messages until relate knows it will not check the round again: a processor that
 * changes classes as javac compiles them (Lombok adds getters and setters) may run after relate in
 * the same round, and what relate found missing is there in the next.
 */
final class HeldMessages implements Messager {
    /** The errors that another processor may yet fix in this round: accessors it has not added yet. */
    private static final List<Message> MAY_COME = List.of(Message.NO_ACCESSORS, Message.COLUMN_NOT_WRITABLE);

    private final Messager messager;
    private final List<Held> held = new ArrayList<>();

    HeldMessages(Messager messager) {
        this.messager = messager;
    }

    private record Held(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror,
            AnnotationValue value) {
    }

    /**
     * Whether an error held is about accessors that may not have been added yet, or a warning: the same
     * message about a relationship that JPA's mappings alone declare, which then gets no helpers.
     */
    boolean waitsForAccessors() {
        for (Held message : held) {
            for (Message mayCome : MAY_COME) {
                if (message.kind() != Diagnostic.Kind.NOTE
                        && message.message().toString().startsWith("[" + mayCome.id() + "]")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Forgets the messages held: the round is checked again later. */
    void discard() {
        held.clear();
    }

    /**
     * Reports the messages held, in the order they came. A message on a class that this compilation
     * reads from a class file (the other end of a class compiled alone) has no line to show, so it
     * names the member it is about.
     *
     * @param inBuild whether a class is compiled now, by qualified name
     */
    void release(Predicate<String> inBuild) {
        for (Held message : held) {
            CharSequence text = message.message();
            TypeElement type = topLevelOf(message.element());
            if (type != null && !inBuild.test(type.getQualifiedName().toString())) {
                text = text + Message.Part.FROM_CLASS_FILE.format(where(message.element()));
            }
            messager.printMessage(message.kind(), text, message.element(), message.mirror(), message.value());
        }
        held.clear();
    }

    /** The outermost class that holds the element (or is it); null for none, a package or no element. */
    private static TypeElement topLevelOf(Element element) {
        TypeElement top = null;
        for (Element current = element; current != null; current = current.getEnclosingElement()) {
            if (current instanceof TypeElement type) {
                top = type;
            }
        }
        return top;
    }

    /** An element as users write it: {@code test.Tag.products}, {@code test.Tag}. */
    private static String where(Element element) {
        return element instanceof TypeElement type ? type.getQualifiedName().toString()
                : where(element.getEnclosingElement()) + "." + element.getSimpleName();
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message) {
        printMessage(kind, message, null, null, null);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element) {
        printMessage(kind, message, element, null, null);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror) {
        printMessage(kind, message, element, mirror, null);
    }

    @Override
    public void printMessage(Diagnostic.Kind kind, CharSequence message, Element element, AnnotationMirror mirror,
            AnnotationValue value) {
        held.add(new Held(kind, message, element, mirror, value));
    }
}
