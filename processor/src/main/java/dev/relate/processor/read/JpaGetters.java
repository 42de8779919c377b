package dev.relate.processor.read;

import static dev.relate.processor.read.JpaElements.ignored;
import static dev.relate.processor.read.JpaElements.mappingName;
import static dev.relate.processor.read.JpaElements.mappingOn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * JPA's property access, getter by getter: which getter JPA reads for a property ({@code getX()},
 * its getter for a property that is no boolean, else {@code isX()}), the mapped getter of a
 * superclass that a getter overrides, and the mapped getters relate reads nothing from: those whose
 * class has no instance field of the property's name (for a mapped superclass's getter, checked in the
 * entities that inherit it), and an {@code isX()} beside a {@code getX()} or returning no boolean.
 */
final class JpaGetters {
    private final Elements elements;

    JpaGetters(Elements elements) {
        this.elements = elements;
    }

    /**
     * The getters of a class whose JPA relationship mapping relate would read (under property access)
     * but whose class has no instance field of the property's name to read it for, in source order.
     */
    List<FieldlessGetter> fieldless(TypeElement type) {
        List<FieldlessGetter> found = new ArrayList<>();
        Set<String> backed = new HashSet<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (!field.getModifiers().contains(Modifier.STATIC)) {
                // a static field is the class's, not the property's of each object
                backed.add(capitalized(field.getSimpleName().toString()));
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            // mapped here, else overriding a getter mapped in a superclass; an abstract mapped getter's
            // field is in the subclasses that implement it, checked there, and so is a mapped getter of a
            // class whose objects are never the provider's (a mapped superclass, a class JPA does not map)
            boolean mapped = mappedGetter(method);
            ExecutableElement site = mapped ? method : isGetter(method) && !suffix(method).isEmpty()
                    && !ignored(method) ? inheritedMapping(type, method) : null;
            if (site == null || mapped && (method.getModifiers().contains(Modifier.ABSTRACT) || !persistent(type))
                    || notJpaGetter(method)) {
                continue;
            }
            String suffix = suffix(method);
            // an override's property may be the field of a superclass, whose own getter is mapped
            boolean hasField = mapped ? backed.contains(suffix) : instanceField(type, property(suffix));
            if (!hasField && shadowingGetter(type, method) == null) {
                found.add(new FieldlessGetter(method, property(suffix), mappingName(site), method));
            }
        }
        found.addAll(inheritedFieldless(type));
        return found;
    }

    /**
     * The concrete mapped getters that an entity inherits, without overriding them, from a mapped
     * superclass that has no field of the property's name, when the entity has none either: JPA maps
     * the property for the entity, and there is no field to read it for. Reported on the entity, as
     * the superclass is not ({@link #fieldless}).
     */
    private List<FieldlessGetter> inheritedFieldless(TypeElement type) {
        List<FieldlessGetter> found = new ArrayList<>();
        if (JpaElements.annotation(type, "Entity") == null) {
            return found;
        }
        Set<String> overridden = new HashSet<>();
        List<TypeElement> hierarchy = Members.hierarchy(type);
        for (TypeElement current : hierarchy) {
            if (!current.equals(type) && (ignored(current) || persistent(current))) {
                break; // left to JPA alone, or an entity, whose own getters are checked in it
            }
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                if (!current.equals(type) && JpaElements.annotation(current, "MappedSuperclass") != null
                        && mappedGetter(method) && !method.getModifiers().contains(Modifier.ABSTRACT)
                        && !notJpaGetter(method) && !overridden.contains(method.getSimpleName().toString())
                        && !instanceField(type, property(suffix(method)))
                        && shadowingGetter(current, method) == null) {
                    found.add(new FieldlessGetter(method, property(suffix(method)), mappingName(method), type));
                }
            }
            for (ExecutableElement method : ElementFilter.methodsIn(current.getEnclosedElements())) {
                if (isGetter(method)) {
                    overridden.add(method.getSimpleName().toString());
                }
            }
        }
        return found;
    }

    /** Whether JPA makes objects of the class: an entity or an embeddable, not a mapped superclass. */
    private static boolean persistent(TypeElement type) {
        return JpaElements.annotation(type, "Entity") != null || JpaElements.annotation(type, "Embeddable") != null;
    }

    /**
     * The getters {@code isX()} of a class carrying a JPA relationship mapping beside a
     * {@code getX()}, or alone and returning no boolean: JPA's getter of a property that is no
     * boolean (a relationship never is) is {@code getX()}, so the mapping of {@code isX()} is read by
     * neither, in source order.
     */
    List<ShadowedGetter> shadowed(TypeElement type) {
        List<ShadowedGetter> found = new ArrayList<>();
        for (ExecutableElement method : mappedGetters(type)) {
            ExecutableElement read = shadowingGetter(type, method);
            if (read != null || notJpaGetter(method)) {
                found.add(new ShadowedGetter(method, property(suffix(method)), mappingName(method), read));
            }
        }
        return found;
    }

    /**
     * The getter of a superclass, carrying a JPA relationship mapping, that a getter without one
     * overrides: JPA reads the property through the override; null when there is none.
     */
    ExecutableElement inheritedMapping(TypeElement type, ExecutableElement getter) {
        if (mappingOn(getter) != null) {
            return null;
        }
        List<TypeElement> hierarchy = Members.hierarchy(type);
        for (TypeElement superclass : hierarchy.subList(1, hierarchy.size())) {
            if (ignored(superclass)) {
                return null;
            }
            for (ExecutableElement method : ElementFilter.methodsIn(superclass.getEnclosedElements())) {
                if (mappedGetter(method) && elements.overrides(getter, method, type)) {
                    return method;
                }
            }
        }
        return null;
    }

    /**
     * The getter of a property that a class declares: {@code getX()}, JPA's getter of a property that
     * is no boolean, else {@code isX()} returning a boolean; null when it declares neither.
     */
    static ExecutableElement getter(TypeElement type, String property) {
        String suffix = capitalized(property);
        ExecutableElement is = null;
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (isGetter(method) && name.equals("get" + suffix)) {
                return method;
            }
            if (isGetter(method) && is == null && name.equals("is" + suffix) && returnsBoolean(method)) {
                is = method;
            }
        }
        return is;
    }

    private static boolean instanceField(TypeElement type, String name) {
        VariableElement field = Members.field(type, name);
        return field != null && !field.getModifiers().contains(Modifier.STATIC);
    }

    /** The getters ({@code getX()}, {@code isX()}) a class declares with a JPA relationship mapping on them. */
    private static List<ExecutableElement> mappedGetters(TypeElement type) {
        List<ExecutableElement> found = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (mappedGetter(method)) {
                found.add(method);
            }
        }
        return found;
    }

    private static boolean mappedGetter(ExecutableElement method) {
        return isGetter(method) && !suffix(method).isEmpty() && mappingOn(method) != null && !ignored(method);
    }

    /** The {@code getX()} of the class beside a getter {@code isX()}, which JPA reads instead; null otherwise. */
    private static ExecutableElement shadowingGetter(TypeElement type, ExecutableElement getter) {
        String name = getter.getSimpleName().toString();
        ExecutableElement read = name.startsWith("is") ? getter(type, property(suffix(getter))) : null;
        return read == null || read.equals(getter) ? null : read;
    }

    /** Whether a method is an {@code isX()} returning no boolean, which JPA never reads as a getter. */
    private static boolean notJpaGetter(ExecutableElement method) {
        return method.getSimpleName().toString().startsWith("is") && !returnsBoolean(method);
    }

    private static boolean returnsBoolean(ExecutableElement method) {
        TypeMirror type = method.getReturnType();
        return type.getKind() == TypeKind.BOOLEAN || type.toString().equals("java.lang.Boolean");
    }

    private static boolean isGetter(ExecutableElement method) {
        return method.getParameters().isEmpty() && !method.getModifiers().contains(Modifier.STATIC);
    }

    /** What follows {@code get} or {@code is} in a method's name, {@code Sales}; empty for another name. */
    private static String suffix(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        return name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
    }

    /** The property a getter's suffix names, as JavaBeans decapitalizes it ({@code URL} stays). */
    private static String property(String suffix) {
        boolean acronym = suffix.length() > 1 && Character.isUpperCase(suffix.charAt(1));
        return acronym ? suffix : Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
