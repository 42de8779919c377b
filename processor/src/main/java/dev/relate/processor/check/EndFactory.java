package dev.relate.processor.check;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.relate.processor.model.Access;
import dev.relate.processor.model.CollectionType;
import dev.relate.processor.model.End;
import dev.relate.processor.read.Shape;
import dev.relate.processor.read.Visibility;
import java.util.Collection;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Turns a checked end into the model the writers use: names, types, access, how to create a collection. */
final class EndFactory {
    private final Types types;
    private final Visibility visibility;
    private final TypeMirror comparable;

    EndFactory(Types types, Elements elements, Visibility visibility) {
        this.types = types;
        this.visibility = visibility;
        this.comparable = types.erasure(elements.getTypeElement("java.lang.Comparable").asType());
    }

    /**
     * @param end the checked end
     * @param access how generated code reaches its field
     * @param packages the packages of every generated class that uses the end
     */
    End create(ResolvedEnd end, Access access, Collection<String> packages) {
        return create(end, access, packages, null, null);
    }

    /**
     * @param key for a map end, how generated code reads an element's key attribute; else null
     * @param keyDisplay for a map end, the key attribute as users write it, {@code Note.keyword}
     */
    End create(ResolvedEnd end, Access access, Collection<String> packages, Access key, String keyDisplay) {
        TypeMirror type = types.asMemberOf((DeclaredType) end.owner().asType(), end.field());
        CollectionType collection = null;
        if (end.shape() instanceof Shape.Many many) {
            CollectionType.Creation creation = access.writable() ? creation(many, packages) : null;
            CollectionType.MapKey mapKey = key == null ? null
                    : new CollectionType.MapKey(TypeName.get(many.key()), key, keyDisplay);
            collection = new CollectionType(many.kind(), TypeName.get(type), creation, mapKey);
        }
        return new End(ClassName.get(end.owner()), access, TypeName.get(type), ClassName.get(end.target()),
                collection);
    }

    /** What to instantiate for a null collection field, or null when relate cannot. */
    private CollectionType.Creation creation(Shape.Many many, Collection<String> packages) {
        TypeElement collectionClass = many.collectionClass();
        TypeMirror ordered = many.isMap() ? many.key() : many.target().asType();
        if (many.kind().isSorted() && !types.isAssignable(types.erasure(ordered), comparable)) {
            return null; // a sorted set or map made with no comparator needs Comparable elements or keys
        }
        if (collectionClass.getQualifiedName().contentEquals(many.kind().interfaceName().canonicalName())) {
            return new CollectionType.Creation(many.kind().defaultImplementation(), true);
        }
        boolean inner = collectionClass.getNestingKind() == NestingKind.MEMBER
                && !collectionClass.getModifiers().contains(Modifier.STATIC);
        if (collectionClass.getKind() != ElementKind.CLASS
                || collectionClass.getModifiers().contains(Modifier.ABSTRACT)
                || inner
                || !visibleFromAll(collectionClass, packages)) {
            return null;
        }
        for (ExecutableElement constructor : ElementFilter.constructorsIn(collectionClass.getEnclosedElements())) {
            if (constructor.getParameters().isEmpty() && constructor.getThrownTypes().isEmpty()
                    && visibleFromAll(constructor, packages)) {
                return new CollectionType.Creation(ClassName.get(collectionClass),
                        !collectionClass.getTypeParameters().isEmpty());
            }
        }
        return null;
    }

    private boolean visibleFromAll(Element element, Collection<String> packages) {
        for (String pkg : packages) {
            boolean visible = element instanceof TypeElement type
                    ? visibility.typeVisibleFrom(type, pkg)
                    : visibility.memberVisibleFrom(element, pkg);
            if (!visible) {
                return false;
            }
        }
        return true;
    }
}
