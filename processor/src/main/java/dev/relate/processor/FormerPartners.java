package dev.relate.processor;

import com.palantir.javapoet.ClassName;
import dev.relate.processor.model.RelationsClass;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The classes a generated class served when it was last written, read from its class file: those its
 * fields, methods and nested classes name. A class compiled alone that drops a relationship no longer
 * reaches the class at its other end, whose generated class still reaches into it (the end object of
 * {@code Post.comments} lives in {@code PostRelations}, and {@code CommentRelations} names it): relate
 * reaches those classes too, from the generated class the last build left, and checks their helpers.
 */
final class FormerPartners {
    private final Elements elements;

    FormerPartners(Elements elements) {
        this.elements = elements;
    }

    /**
     * The classes that the previous generated class of each of {@code compiled} served, other than
     * those classes themselves: the ones with a generated class of their own.
     *
     * @param written the generated classes this compilation wrote, by qualified name, not read as old ones
     */
    Set<TypeElement> of(List<TypeElement> compiled, Predicate<String> written) {
        Set<TypeElement> partners = new LinkedHashSet<>();
        for (TypeElement type : compiled) {
            String generated = RelationsClass.nameFor(ClassName.get(type)).canonicalName();
            TypeElement previous = written.test(generated) ? null : elements.getTypeElement(generated);
            if (previous == null) {
                continue;
            }
            for (ClassName named : namedBy(previous)) {
                TypeElement partner = elements.getTypeElement(named.canonicalName());
                if (partner != null && !compiled.contains(partner) && !named.equals(ClassName.get(type))
                        && elements.getTypeElement(RelationsClass.nameFor(named).canonicalName()) != null) {
                    partners.add(partner);
                }
            }
        }
        return partners;
    }

    /** The classes the fields, methods and nested classes of {@code generated} name, outside it, by name. */
    static Set<ClassName> namedBy(TypeElement generated) {
        Set<ClassName> named = new LinkedHashSet<>();
        Deque<TypeElement> pending = new ArrayDeque<>(List.of(generated));
        while (!pending.isEmpty()) {
            TypeElement type = pending.remove();
            for (Element member : type.getEnclosedElements()) {
                if (member instanceof VariableElement field) {
                    collect(field.asType(), named);
                } else if (member instanceof ExecutableElement method) {
                    collect(method.getReturnType(), named);
                    method.getParameters().forEach(parameter -> collect(parameter.asType(), named));
                }
            }
            pending.addAll(ElementFilter.typesIn(type.getEnclosedElements()));
        }
        named.removeIf(name -> name.topLevelClassName().equals(ClassName.get(generated).topLevelClassName()));
        return named;
    }

    /** Adds the classes {@code type} names: itself, its type arguments, bounds and component types. */
    static void collect(TypeMirror type, Set<ClassName> named) {
        if (type.getKind() == TypeKind.ARRAY) {
            collect(((ArrayType) type).getComponentType(), named);
        } else if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            named.add(ClassName.get((TypeElement) declared.asElement()));
            declared.getTypeArguments().forEach(argument -> collect(argument, named));
        } else if (type instanceof WildcardType wildcard) {
            for (TypeMirror bound : Arrays.asList(wildcard.getExtendsBound(), wildcard.getSuperBound())) {
                if (bound != null) {
                    collect(bound, named);
                }
            }
        }
    }
}
