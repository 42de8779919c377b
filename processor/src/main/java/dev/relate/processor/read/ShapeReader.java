package dev.relate.processor.read;

import dev.relate.processor.model.CollectionKind;
import dev.relate.processor.read.Shape.Problem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a field's type as a scalar end, a collection end, or a type that cannot be an end. */
public final class ShapeReader {
    private final Types types;
    private final TypeMirror collection;
    private final TypeMirror map;
    private final Elements elements;

    public ShapeReader(Types types, Elements elements) {
        this.types = types;
        this.elements = elements;
        this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
        this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    }

    public Shape shapeOf(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return unfitOther(type);
        }
        DeclaredType declared = (DeclaredType) type;
        if (types.isAssignable(types.erasure(declared), collection)) {
            return collectionShape(declared);
        }
        if (types.isAssignable(types.erasure(declared), map)) {
            return mapShape(declared);
        }
        return scalarShape(declared, declared);
    }

    private Shape scalarShape(TypeMirror type, TypeMirror shown) {
        if (type.getKind() != TypeKind.DECLARED) {
            return unfitOther(type, shown);
        }
        DeclaredType declared = (DeclaredType) type;
        if (!declared.getTypeArguments().isEmpty() || Members.isGeneric((TypeElement) declared.asElement())) {
            return new Shape.Unfit(Problem.GENERIC_TARGET, shown.toString());
        }
        return new Shape.Scalar(declared, (TypeElement) declared.asElement());
    }

    private Shape collectionShape(DeclaredType type) {
        TypeElement collectionClass = (TypeElement) type.asElement();
        if (type.getTypeArguments().isEmpty() && !collectionClass.getTypeParameters().isEmpty()) {
            return new Shape.Unfit(Problem.RAW_COLLECTION, type.toString());
        }
        CollectionKind kind = kindOf(type, collectionClass);
        if (kind == null) {
            return new Shape.Unfit(Problem.UNSUPPORTED_COLLECTION, type.toString());
        }
        TypeMirror element = elementOf(type);
        if (element == null) {
            return new Shape.Unfit(Problem.RAW_COLLECTION, type.toString());
        }
        if (element.getKind() == TypeKind.WILDCARD) {
            return new Shape.Unfit(Problem.WILDCARD_COLLECTION, type.toString());
        }
        Shape target = scalarShape(element, type);
        if (target instanceof Shape.Scalar scalar) {
            return new Shape.Many(type, kind, collectionClass, scalar.target());
        }
        return target;
    }

    /**
     * A map holding elements under keys: {@code Map<K, E>} or a class or interface that extends it,
     * a sorted map when it extends {@code SortedMap}, a navigable one when it extends {@code NavigableMap}.
     */
    private Shape mapShape(DeclaredType type) {
        TypeElement mapClass = (TypeElement) type.asElement();
        if (type.getTypeArguments().isEmpty() && !mapClass.getTypeParameters().isEmpty()) {
            return new Shape.Unfit(Problem.RAW_COLLECTION, type.toString());
        }
        List<? extends TypeMirror> arguments = argumentsOf(type, map);
        if (arguments == null || arguments.size() != 2) {
            return new Shape.Unfit(Problem.RAW_COLLECTION, type.toString());
        }
        TypeMirror key = arguments.get(0);
        TypeMirror element = arguments.get(1);
        if (key.getKind() == TypeKind.WILDCARD || element.getKind() == TypeKind.WILDCARD) {
            return new Shape.Unfit(Problem.WILDCARD_COLLECTION, type.toString());
        }
        if (key.getKind() != TypeKind.DECLARED) {
            return unfitOther(key, type);
        }
        TypeMirror navigable = types.erasure(elements.getTypeElement("java.util.NavigableMap").asType());
        TypeMirror sorted = types.erasure(elements.getTypeElement("java.util.SortedMap").asType());
        TypeMirror erased = types.erasure(type);
        CollectionKind kind = types.isAssignable(erased, navigable) ? CollectionKind.NAVIGABLE_MAP
                : types.isAssignable(erased, sorted) ? CollectionKind.SORTED_MAP : CollectionKind.MAP;
        Shape target = scalarShape(element, type);
        if (target instanceof Shape.Scalar scalar) {
            return new Shape.Many(type, kind, mapClass, scalar.target(), key);
        }
        return target;
    }

    /** The most specific supported interface of a collection type, or null. */
    private CollectionKind kindOf(DeclaredType type, TypeElement collectionClass) {
        String name = collectionClass.getQualifiedName().toString();
        for (CollectionKind kind : CollectionKind.MOST_SPECIFIC_FIRST) {
            if (kind.interfaceName().canonicalName().equals(name)) {
                return kind;
            }
        }
        for (CollectionKind kind : CollectionKind.MOST_SPECIFIC_FIRST) {
            if (kind == CollectionKind.COLLECTION) {
                break;
            }
            TypeMirror candidate = types.erasure(
                    elements.getTypeElement(kind.interfaceName().canonicalName()).asType());
            if (types.isAssignable(types.erasure(type), candidate)) {
                return kind;
            }
        }
        return null;
    }

    /** The {@code E} of {@code Collection<E>} as a supertype of {@code type}. */
    private TypeMirror elementOf(DeclaredType type) {
        List<? extends TypeMirror> arguments = argumentsOf(type, collection);
        return arguments != null && arguments.size() == 1 ? arguments.get(0) : null;
    }

    /** The type arguments of {@code erased} (a generic interface) as a supertype of {@code type}, or null. */
    private List<? extends TypeMirror> argumentsOf(DeclaredType type, TypeMirror erased) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            TypeMirror next = pending.removeFirst();
            if (types.isSameType(types.erasure(next), erased)) {
                return ((DeclaredType) next).getTypeArguments();
            }
            pending.addAll(types.directSupertypes(next));
        }
        return null;
    }

    private static Shape unfitOther(TypeMirror type) {
        return unfitOther(type, type);
    }

    private static Shape unfitOther(TypeMirror type, TypeMirror shown) {
        Problem problem = switch (type.getKind()) {
            case TYPEVAR -> Problem.TYPE_VARIABLE;
            case ERROR -> Problem.UNRESOLVED;
            default -> Problem.NOT_A_CLASS;
        };
        return new Shape.Unfit(problem, shown.toString());
    }
}
