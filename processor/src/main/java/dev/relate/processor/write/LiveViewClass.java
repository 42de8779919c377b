package dev.relate.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.relate.processor.model.CollectionKind;
import dev.relate.processor.model.End;

/**
 * The live view a collection end's {@code x(owner)} helper returns: an anonymous subclass of the
 * runtime's view class of the field's interface ({@code LiveList}, {@code LiveSet}, ...) whose
 * {@code end()} answers the end's {@code static final} constant. Where the JIT inlines the view's
 * {@code add} or {@code remove} into the caller, every call on the end is then bound to the
 * generated end class, as in {@code addToX} (docs/performance.md, "Live views").
 */
final class LiveViewClass {
    private LiveViewClass() {
    }

    /** The anonymous class, made from the constant {@code constant} and the parameter {@code owner}. */
    static TypeSpec of(End end, String constant, String owner) {
        CollectionKind kind = end.collection().kind();
        RuntimeHooks constructor = RuntimeHooks.liveView(kind);
        ClassName viewed = kind == CollectionKind.LIST ? kind.interfaceName()
                : CollectionKind.COLLECTION.interfaceName();
        TypeName endType = ParameterizedTypeName.get(RuntimeTypes.COLLECTION_END, end.owner(), end.target(),
                WildcardTypeName.subtypeOf(ParameterizedTypeName.get(viewed, end.target())));
        return TypeSpec.anonymousClassBuilder("$N, $N", constant, owner)
                .superclass(ParameterizedTypeName.get(viewClass(constructor), end.owner(), end.target()))
                .addMethod(EndClassWriter.hook(kind == CollectionKind.LIST ? RuntimeHooks.LIST_VIEW_END
                        : RuntimeHooks.VIEW_END).returns(endType).addStatement("return $N", constant).build())
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
