package dev.relate.processor.read;

import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;

/**
 * A JPA mapping whose {@code mappedBy} names a field that other mappings name too (two collections
 * of a {@code Zoo}, {@code cats} and {@code dogs}, both mapped by {@code Animal.zoo}), none of them
 * under relate's annotations. relate can keep a field in sync with one collection only, so it reads
 * none of them and leaves them to JPA.
 *
 * @param site the field or getter carrying the mapping
 * @param field the field it maps, {@code Zoo.cats}
 * @param owning the field it is mapped by, {@code Animal.zoo}
 * @param others the other fields mapped by it, {@code Zoo.dogs}
 */
public record SharedMappedBy(Element site, VariableElement field, VariableElement owning,
        List<VariableElement> others) {
}
