package dev.relate.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/**
 * One end of a relationship: the field {@code owner.field}, as generated code sees it.
 *
 * @param owner the class whose instances hold the end (a subclass of the declaring class when
 *     the field is inherited)
 * @param access how to read and write the field
 * @param type the field's declared type
 * @param target the class on the other side: the element class of a collection end, the field's
 *     class for a scalar end
 * @param collection the collection type, or {@code null} for a scalar end
 * @param events the owner's methods that relate calls when the end changes
 */
public record End(ClassName owner, Access access, TypeName type, ClassName target, CollectionType collection,
        Events events) {

    public End(ClassName owner, Access access, TypeName type, ClassName target, CollectionType collection) {
        this(owner, access, type, target, collection, Events.NONE);
    }

    /** The same end, calling {@code events} when it changes. */
    public End withEvents(Events events) {
        return new End(owner, access, type, target, collection, events);
    }

    public String field() {
        return access.field();
    }

    public boolean isCollection() {
        return collection != null;
    }

    /** The end as users write it, {@code Parent.children}. */
    public String displayName() {
        return String.join(".", owner.simpleNames()) + "." + field();
    }
}
