package dev.relate.processor.check;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.VariableElement;

/**
 * What the first step, field rules and pairing, makes of a round's annotated fields.
 *
 * @param fields the fields to check, in a stable order: the annotated ones, then the declarations
 *     outside them that name one of their {@code @Backref} fields
 * @param links each field that passed the field rules and found its other end, in that order
 * @param positions the position of each field among {@code fields}
 */
record LinkedFields(List<VariableElement> fields, Map<VariableElement, Link> links,
        Map<VariableElement, Integer> positions) {
}
