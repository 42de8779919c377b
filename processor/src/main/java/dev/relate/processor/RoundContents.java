package dev.relate.processor;

import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.RelKind;
import dev.relate.processor.read.RelatedClasses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What a round gives relate to check: the fields carrying its annotations and the association
 * classes of the round, with those of the classes put off from an earlier round.
 */
final class RoundContents {
    private final Elements elements;
    /** Classes to check in a later round: a type they mention did not exist yet, or accessors were missing. */
    private final Set<String> deferred = new LinkedHashSet<>();

    RoundContents(Elements elements) {
        this.elements = elements;
    }

    /** Forgets the classes put off: they are checked now. */
    void clearDeferred() {
        deferred.clear();
    }

    /**
     * Every field carrying a relate annotation in this round or in a class deferred from an earlier
     * round, ordered by class name and then source position. {@code annotations} are all those of
     * the round: relate reads every round. {@code declarations} reads the deferred classes' fields.
     */
    List<VariableElement> annotatedFields(Set<? extends TypeElement> annotations, RoundEnvironment round,
            DeclarationReader declarations) {
        Set<VariableElement> fields = new LinkedHashSet<>();
        for (TypeElement annotation : annotations) {
            if (RelKind.RELATE_ANNOTATIONS.contains(annotation.getQualifiedName().toString())) {
                fields.addAll(ElementFilter.fieldsIn(round.getElementsAnnotatedWith(annotation)));
            }
        }
        for (String name : deferred) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
                    if (declarations.carriesRelateAnnotation(field)) {
                        fields.add(field);
                    }
                }
            }
        }
        List<VariableElement> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparing((VariableElement field) -> qualifiedName(field.getEnclosingElement()))
                .thenComparingInt(field -> field.getEnclosingElement().getEnclosedElements().indexOf(field)));
        return sorted;
    }

    /**
     * The classes annotated with {@code @AssociationObject}: those of the round, and those holding
     * fields deferred from an earlier round; by name.
     */
    List<TypeElement> associationTypes(Set<? extends TypeElement> annotations, RoundEnvironment round,
            List<VariableElement> fields) {
        Set<TypeElement> types = new TreeSet<>(Comparator.comparing(
                (TypeElement type) -> type.getQualifiedName().toString()));
        for (TypeElement annotation : annotations) {
            if (annotation.getQualifiedName().contentEquals(RelKind.ASSOCIATION_OBJECT)) {
                types.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
            }
        }
        List<TypeElement> candidates = new ArrayList<>();
        for (VariableElement field : fields) {
            candidates.add((TypeElement) field.getEnclosingElement());
        }
        for (String name : deferred) {
            TypeElement deferredType = elements.getTypeElement(name);
            if (deferredType != null) {
                candidates.add(deferredType);
            }
        }
        types.addAll(RelatedClasses.associationsAmong(candidates));
        return List.copyOf(types);
    }

    /**
     * The classes put off from an earlier round, as this round knows them: with the fields and
     * associations {@link #annotatedFields} and {@link #associationTypes} find, the classes whose ends
     * only JPA mappings declare, which no relate annotation brings back.
     */
    List<TypeElement> deferredTypes() {
        List<TypeElement> types = new ArrayList<>();
        for (String name : deferred) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    /** Checks these classes again in the next round. */
    void deferTypes(List<TypeElement> types) {
        for (TypeElement type : types) {
            deferred.add(type.getQualifiedName().toString());
        }
    }

    /** Checks the classes of these fields and associations again in the next round. */
    void defer(List<VariableElement> fields, List<TypeElement> associations) {
        for (VariableElement field : fields) {
            deferred.add(((TypeElement) field.getEnclosingElement()).getQualifiedName().toString());
        }
        for (TypeElement association : associations) {
            deferred.add(association.getQualifiedName().toString());
        }
    }

    /** Whether a field's type mentions a type that does not exist (yet). */
    static boolean anyUnresolved(List<VariableElement> fields) {
        for (VariableElement field : fields) {
            if (mentionsError(field.asType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        if (type instanceof DeclaredType declared) {
            for (TypeMirror argument : declared.getTypeArguments()) {
                if (mentionsError(argument)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String qualifiedName(Element type) {
        return type instanceof TypeElement typeElement ? typeElement.getQualifiedName().toString()
                : type.toString();
    }
}
