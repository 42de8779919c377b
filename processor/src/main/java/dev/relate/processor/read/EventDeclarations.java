package dev.relate.processor.read;

import dev.relate.OnChange;
import dev.relate.Validates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads {@code @Validates} and {@code @OnChange} on the methods a class declares, by name through
 * their mirrors (a class file's annotations included: both are kept in class files), each class
 * once.
 */
public final class EventDeclarations {
    private static final String VALIDATES = Validates.class.getName();
    private static final String ON_CHANGE = OnChange.class.getName();
    /** The two annotations' names, which {@code RelateClaims} claims. */
    public static final Set<String> NAMES = Set.of(VALIDATES, ON_CHANGE);

    private final Map<TypeElement, List<EventDeclaration>> read = new HashMap<>();

    /** The methods {@code type} itself declares that carry one of the two annotations, in source order. */
    public List<EventDeclaration> declaredOn(TypeElement type) {
        return read.computeIfAbsent(type, EventDeclarations::readDeclared);
    }

    private static List<EventDeclaration> readDeclared(TypeElement type) {
        List<EventDeclaration> found = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
                Name name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName();
                if (!NAMES.contains(name.toString())) {
                    continue;
                }
                AnnotationValue value = valueOf(mirror);
                String end = value != null && value.getValue() instanceof String text ? text : "";
                found.add(new EventDeclaration(method, name.contentEquals(ON_CHANGE), end, mirror, value));
            }
        }
        return List.copyOf(found);
    }

    private static AnnotationValue valueOf(AnnotationMirror mirror) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")) {
                return entry.getValue();
            }
        }
        return null;
    }
}
