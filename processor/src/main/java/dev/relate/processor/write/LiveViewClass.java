package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.relate.processor.model.CollectionKind;
import dev.relate.processor.model.End;
import javax.lang.model.element.Modifier;

/**
 * The live view a collection end's {@code x(owner)} helper returns: an anonymous subclass of the
 * runtime's view class of the field's interface ({@code LiveList}, {@code LiveSet}, ...) whose
 * {@code add} and {@code remove} pass the end's {@code static final} constant to the runtime's
 * {@code addThrough} and {@code removeThrough}. Where the JIT inlines them into the caller, every
 * call on the end is bound to the generated end class, as in {@code addToX} (docs/performance.md,
 * "Live views bound to their end").
 */
final class LiveViewClass {
    private LiveViewClass() {
    }

    /** The anonymous class, made from the constant {@code constant} and the parameter {@code owner}. */
    static TypeSpec of(End end, String constant, String owner) {
        CollectionKind kind = end.collection().kind();
        boolean list = kind == CollectionKind.LIST;
        String element = Names.elementParameter(end, owner);
        MethodSpec add = MethodSpec.methodBuilder("add").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addParameter(end.target(), element)
                .addStatement("return $N($N, $N)", (list ? RuntimeHooks.LIST_VIEW_ADD_THROUGH
                        : RuntimeHooks.VIEW_ADD_THROUGH).call(), constant, element)
                .build();
        MethodSpec remove = MethodSpec.methodBuilder("remove").addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN)
                .addParameter(ClassName.OBJECT, element)
                .addStatement("return $N($N, $N)", (list ? RuntimeHooks.LIST_VIEW_REMOVE_THROUGH
                        : RuntimeHooks.VIEW_REMOVE_THROUGH).call(), constant, element)
                .build();
        return TypeSpec.anonymousClassBuilder("$N, $N", constant, owner)
                .superclass(ParameterizedTypeName.get(viewClass(RuntimeHooks.liveView(kind)), end.owner(),
                        end.target()))
                .addMethod(add)
                .addMethod(remove)
                .build();
    }

    private static ClassName viewClass(RuntimeHooks constructor) {
        return switch (constructor) {
            case LIVE_COLLECTION_NEW -> RuntimeTypes.LIVE_COLLECTION;
            case LIVE_LIST_NEW -> RuntimeTypes.LIVE_LIST;
            case LIVE_SET_NEW -> RuntimeTypes.LIVE_SET;
            case LIVE_SORTED_SET_NEW -> RuntimeTypes.LIVE_SORTED_SET;
            case LIVE_NAVIGABLE_SET_NEW -> RuntimeTypes.LIVE_NAVIGABLE_SET;
            default -> throw new IllegalArgumentException(constructor + " makes no live view");
        };
    }
}
