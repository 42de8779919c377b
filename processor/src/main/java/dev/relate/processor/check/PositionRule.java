package dev.relate.processor.check;

import dev.relate.processor.model.CollectionKind;
import dev.relate.processor.read.Declaration;
import dev.relate.processor.read.Members;
import dev.relate.processor.read.Shape;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;

/**
 * The rules about {@code position = "rank"}: only the {@code List} end of a two-way one-to-many keeps
 * positions (a one-way element may be in several lists, a set has no indexes), and the field it
 * names is an instance {@code int} field of the element class that relate can write. An {@code int}
 * field is never a relationship end, so the position cannot be one.
 */
final class PositionRule {
    private final Diagnostics diagnostics;

    PositionRule(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @return whether the link may keep the positions its declaration names; false after reporting why not */
    boolean check(Link link) {
        Declaration declaration = link.declaration();
        String name = declaration.position();
        if (name.isEmpty()) {
            return true;
        }
        AnnotationValue value = declaration.value("position");
        String end = DisplayNames.display(declaration.field());
        String reason = endReason(link);
        if (reason != null) {
            diagnostics.error(declaration.site(), declaration.mirror(), value, Message.POSITION_NOT_LIST, end,
                    name, reason);
            return false;
        }
        TypeElement element = link.end().target();
        VariableElement field = Members.field(element, name);
        if (field == null) {
            diagnostics.error(declaration.site(), declaration.mirror(), value, Message.POSITION_MISSING, name,
                    DisplayNames.simpleName(element), DisplayNames.simpleName(element), end);
            return false;
        }
        String display = DisplayNames.display(element, field);
        if (field.asType().getKind() != TypeKind.INT) {
            diagnostics.error(declaration.site(), declaration.mirror(), value, Message.POSITION_TYPE, display, end,
                    DisplayNames.readable(field.asType()));
            return false;
        }
        Message.Part unwritable = field.getModifiers().contains(Modifier.STATIC) ? Message.Part.POSITION_STATIC
                : field.getModifiers().contains(Modifier.FINAL) ? Message.Part.POSITION_FINAL : null;
        if (unwritable != null) {
            diagnostics.error(declaration.site(), declaration.mirror(), value, Message.POSITION_NOT_WRITABLE,
                    display, end, unwritable.format());
            return false;
        }
        return true;
    }

    /** Why the end cannot keep positions, or null when it can. */
    private static String endReason(Link link) {
        if (link.inverse() == null) {
            return Message.Part.POSITION_ONE_WAY.format();
        }
        if (!(link.end().shape() instanceof Shape.Many many)) {
            return Message.Part.POSITION_ONE_TO_ONE.format();
        }
        if (many.kind() != CollectionKind.LIST) {
            return Message.Part.POSITION_NOT_A_LIST.format(DisplayNames.readable(many.type()));
        }
        return null;
    }
}
