package dev.relate.processor.check;

import dev.relate.processor.read.DeclarationReader;
import dev.relate.processor.read.FieldlessGetter;
import dev.relate.processor.read.ShadowedGetter;
import javax.lang.model.element.TypeElement;

/**
 * Warns of a JPA mapping on a getter that relate does not read, which would otherwise be dropped
 * without a word: a getter whose class has no instance field of the property's name (relate keeps
 * the field of a mapped getter's property in sync and cannot tell which field such a getter reads),
 * and an {@code isX()} beside a {@code getX()}, the getter JPA reads, or returning no boolean.
 * Warnings, not errors: a JPA build that never wanted relate's helpers must still compile.
 */
public final class PropertyFieldRule {
    private final DeclarationReader declarations;
    private final Diagnostics diagnostics;

    public PropertyFieldRule(DeclarationReader declarations, Diagnostics diagnostics) {
        this.declarations = declarations;
        this.diagnostics = diagnostics;
    }

    /** Checks the getters declared in one class of the build. */
    public void check(TypeElement type) {
        for (FieldlessGetter found : declarations.fieldlessGetters(type)) {
            String getter = found.getter().getSimpleName().toString();
            diagnostics.warning(found.site(), Message.PROPERTY_WITHOUT_FIELD,
                    DisplayNames.display(type, found.getter()) + "()", found.property(), found.mapping(),
                    DisplayNames.simpleName(type), getter);
        }
        for (ShadowedGetter found : declarations.shadowedGetters(type)) {
            String getter = found.getter().getSimpleName().toString();
            String get = "get" + getter.substring("is".length());
            String why = found.read() != null
                    ? Message.Part.IS_BESIDE_GET.format(DisplayNames.simpleName(type), found.read().getSimpleName())
                    : Message.Part.IS_NOT_BOOLEAN.format(getter, DisplayNames.readable(found.getter().getReturnType()));
            String fix = found.read() != null ? Message.Part.MOVE_TO_GET.format(found.read().getSimpleName(), getter)
                    : Message.Part.RENAME_TO_GET.format(get);
            diagnostics.warning(found.getter(), Message.MAPPED_IS_GETTER,
                    DisplayNames.display(type, found.getter()) + "()", found.property(), found.mapping(), why,
                    getter, fix);
        }
    }
}
