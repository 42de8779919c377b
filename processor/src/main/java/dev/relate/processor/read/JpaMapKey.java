package dev.relate.processor.read;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * How JPA keys a {@code Map} mapping, read by simple name (relate has no JPA dependency):
 * {@code @MapKey(name = "keyword")} keys each element by its own attribute, which relate keeps in
 * sync as a map end; {@code @MapKey} without a name (the element's id), {@code @MapKeyColumn},
 * {@code @MapKeyJoinColumn} and the other kinds key it by something relate does not hold.
 */
public final class JpaMapKey {
    private static final List<String> PACKAGES = List.of("jakarta.persistence.", "javax.persistence.");
    private static final List<String> OTHER_KEYS = List.of("MapKeyColumn", "MapKeyJoinColumn", "MapKeyJoinColumns",
            "MapKeyClass", "MapKeyEnumerated", "MapKeyTemporal");

    private JpaMapKey() {
    }

    /** The attribute {@code @MapKey(name = ...)} on the mapping's site names; empty when there is none. */
    public static String name(Element site) {
        AnnotationMirror mapKey = annotation(site, "MapKey");
        if (mapKey == null) {
            return "";
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mapKey.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("name")
                    && entry.getValue().getValue() instanceof String s) {
                return s.strip();
            }
        }
        return "";
    }

    /**
     * Why relate does not read the {@code Map} mapping on {@code site}, as users write it
     * ({@code "@MapKeyColumn"}, {@code "@MapKey without a name"}, {@code "no @MapKey"}); null when it
     * reads it.
     */
    public static String unread(Element site) {
        for (String other : OTHER_KEYS) {
            if (annotation(site, other) != null) {
                return "@" + other;
            }
        }
        if (annotation(site, "MapKey") == null) {
            return "no @MapKey";
        }
        return name(site).isEmpty() ? "@MapKey without a name" : null;
    }

    private static AnnotationMirror annotation(Element element, String simpleName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            String qualified = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            for (String pkg : PACKAGES) {
                if (qualified.equals(pkg + simpleName)) {
                    return mirror;
                }
            }
        }
        return null;
    }
}
