package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.AssociationClass;
import dev.relate.processor.model.End;
import dev.relate.processor.model.Events;
import dev.relate.processor.model.Relationship;
import dev.relate.processor.read.EventDeclaration;
import dev.relate.processor.read.EventDeclarations;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The rules of {@code @Validates} and {@code @OnChange}, and what they declare: for each class, the
 * methods that relate calls when one of its ends changes. A method names an end of its own class
 * (an inherited end included), takes the object on the other side and a {@code boolean}, returns
 * {@code void}, is an instance method visible from the other class's package (the generated end
 * object of the relationship may be written there), and is the only one of its kind for the end.
 */
final class EventRules {
    private final Types types;
    private final Elements elements;
    private final Visibility visibility;
    private final Diagnostics diagnostics;
    private final EventDeclarations events = new EventDeclarations();
    private final TypeMirror runtimeException;
    private final TypeMirror error;
    /** What each class declares, by the end's field, from its methods that passed the rules. */
    private final Map<TypeElement, Map<String, Events>> declared = new HashMap<>();

    EventRules(Types types, Elements elements, Visibility visibility, Diagnostics diagnostics) {
        this.types = types;
        this.elements = elements;
        this.visibility = visibility;
        this.diagnostics = diagnostics;
        this.runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
        this.error = elements.getTypeElement("java.lang.Error").asType();
    }

    /**
     * Checks the annotated methods of every class that holds ends or is one of the round's,
     * reporting errors on the build's classes (and marking them) and keeping what the valid ones
     * declare. A class file's methods are taken where they are valid: its own compilation reported
     * the others.
     */
    void check(Map<TypeElement, List<PlannedEnd>> byOwner, Set<TypeElement> roundTypes, Set<TypeElement> buildTypes) {
        Set<TypeElement> classes = new LinkedHashSet<>(byOwner.keySet());
        classes.addAll(roundTypes);
        List<TypeElement> sorted = new ArrayList<>(classes);
        sorted.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
        for (TypeElement type : sorted) {
            List<EventDeclaration> found = events.declaredOn(type);
            if (found.isEmpty()) {
                continue;
            }
            Map<String, Relationship> ends = new LinkedHashMap<>();
            for (PlannedEnd planned : byOwner.getOrDefault(type, List.of())) {
                ends.put(planned.relationship().end().field(), planned.relationship());
            }
            boolean report = buildTypes.contains(type);
            Map<String, Events> kept = new HashMap<>();
            Map<String, EventDeclaration> validators = new HashMap<>();
            Map<String, EventDeclaration> listeners = new HashMap<>();
            for (EventDeclaration event : found) {
                if (!valid(type, event, ends, event.listener() ? listeners : validators, report)) {
                    continue;
                }
                String name = event.method().getSimpleName().toString();
                Events before = kept.getOrDefault(event.end(), Events.NONE);
                kept.put(event.end(), event.listener() ? new Events(before.validator(), name)
                        : new Events(name, before.listener()));
            }
            declared.put(type, kept);
        }
    }

    /** The same relationship, calling the methods the classes of its two ends declare for them. */
    Relationship withEvents(Relationship relationship) {
        Events endEvents = eventsOf(relationship.end());
        Events inverseEvents = relationship.inverse() == null ? Events.NONE : eventsOf(relationship.inverse());
        if (endEvents.isEmpty() && inverseEvents.isEmpty()) {
            return relationship;
        }
        return relationship.withEvents(endEvents, inverseEvents);
    }

    /**
     * The same association, its two relationships calling what their classes declare: the ends the
     * helpers of its left and right classes write, which must be those of their own relationships.
     */
    AssociationClass withEvents(AssociationClass association) {
        return association.withRelationships(withEvents(association.left()), withEvents(association.right()));
    }

    /**
     * The methods declared for an end on its owner or, for an inherited end, on the nearest superclass
     * that declares one.
     */
    private Events eventsOf(End end) {
        TypeElement owner = elements.getTypeElement(end.owner().canonicalName());
        if (owner == null) {
            return Events.NONE;
        }
        String validator = null;
        String listener = null;
        for (TypeElement type : Members.hierarchy(owner)) {
            Events found = declared.getOrDefault(type, Map.of()).getOrDefault(end.field(), Events.NONE);
            validator = validator != null ? validator : found.validator();
            listener = listener != null ? listener : found.listener();
        }
        return validator == null && listener == null ? Events.NONE : new Events(validator, listener);
    }

    private boolean valid(TypeElement type, EventDeclaration event, Map<String, Relationship> ends,
            Map<String, EventDeclaration> sameKind, boolean report) {
        ExecutableElement method = event.method();
        String display = DisplayNames.display(type, method);
        Relationship relationship = ends.get(event.end());
        if (relationship == null && diagnostics.hasErrors(type) && declaresAnEnd(type, event.end())) {
            // an end whose declaration has an error, reported: naming it is no second mistake
            return false;
        }
        if (relationship == null) {
            String known = ends.isEmpty() ? Message.Part.EVENT_NO_ENDS.format()
                    : Message.Part.EVENT_ENDS.format(String.join(", ", ends.keySet()));
            return fail(report, type, event, true, ends, Message.EVENT_UNKNOWN_END, display, event.end(),
                    DisplayNames.simpleName(type), known);
        }
        End end = relationship.end();
        String endName = end.displayName();
        Message.Part kind = event.listener() ? Message.Part.LISTENER : Message.Part.VALIDATOR;
        TypeElement target = elements.getTypeElement(end.target().canonicalName());
        if (!signatureFits(method, target)) {
            String flag = event.listener() ? "linked" : "linking";
            return fail(report, type, event, false, ends, Message.EVENT_SIGNATURE, display, kind.format(), endName,
                    end.target().simpleName(),
                    (event.listener() ? Message.Part.LINKED : Message.Part.LINKING).format(),
                    method.getSimpleName(), parameterName(end.target()), flag);
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            return fail(report, type, event, false, ends, Message.EVENT_STATIC, display, kind.format(), endName);
        }
        // a one-way end's object is written only beside its owner: nothing of the other class calls it
        String otherPackage = visibility.packageOf(relationship.isOneWay() ? type : target);
        if (!visibility.memberVisibleFrom(method, otherPackage)
                || !visibility.memberVisibleFrom(method, visibility.packageOf(type))) {
            boolean isPrivate = method.getModifiers().contains(Modifier.PRIVATE);
            return fail(report, type, event, false, ends, Message.EVENT_NOT_VISIBLE, display, kind.format(), endName,
                    otherPackage.isEmpty() ? "(unnamed)" : otherPackage,
                    (isPrivate ? Message.Part.EVENT_PRIVATE : Message.Part.EVENT_PACKAGE_PRIVATE).format(),
                    (isPrivate && otherPackage.equals(visibility.packageOf(type))
                            ? Message.Part.EVENT_REMOVE_PRIVATE : Message.Part.EVENT_MAKE_PUBLIC).format());
        }
        EventDeclaration first = sameKind.putIfAbsent(event.end(), event);
        if (first != null) {
            return fail(report, type, event, false, ends, Message.EVENT_TWICE, display, kind.format(), endName,
                    DisplayNames.display(type, first.method()));
        }
        return true;
    }

    /** Whether the field {@code name} of the class (or a superclass) carries one of relate's annotations. */
    private static boolean declaresAnEnd(TypeElement type, String name) {
        VariableElement field = Members.field(type, name);
        if (field == null) {
            return false;
        }
        for (AnnotationMirror mirror : field.getAnnotationMirrors()) {
            String annotation = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (RelKind.RELATE_ANNOTATIONS.contains(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** {@code void m(T other, boolean flag)} with {@code target} assignable to {@code T}, throwing nothing checked. */
    private boolean signatureFits(ExecutableElement method, TypeElement target) {
        if (method.getReturnType().getKind() != TypeKind.VOID || method.getParameters().size() != 2
                || !method.getTypeParameters().isEmpty() || target == null) {
            return false;
        }
        TypeMirror other = method.getParameters().get(0).asType();
        if (!types.isAssignable(types.erasure(target.asType()), types.erasure(other))
                || method.getParameters().get(1).asType().getKind() != TypeKind.BOOLEAN) {
            return false;
        }
        for (TypeMirror thrown : method.getThrownTypes()) {
            if (!types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error)) {
                return false;
            }
        }
        return true;
    }

    private static String parameterName(ClassName target) {
        String simple = target.simpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /**
     * Reports an error on the method, or on the annotation's value where the name is at fault, and
     * marks the class and the classes at the other end of its ends, whose helpers name its own.
     */
    private boolean fail(boolean report, TypeElement type, EventDeclaration event, boolean atName,
            Map<String, Relationship> ends, Message message, Object... args) {
        if (report) {
            if (atName) {
                diagnostics.error(event.method(), event.mirror(), event.value(), message, args);
            } else {
                diagnostics.error(event.method(), message, args);
            }
            diagnostics.poison(type);
            for (Relationship relationship : ends.values()) {
                if (relationship.inverse() != null) {
                    diagnostics.poison(elements.getTypeElement(relationship.inverse().owner().canonicalName()));
                }
            }
        }
        return false;
    }
}
