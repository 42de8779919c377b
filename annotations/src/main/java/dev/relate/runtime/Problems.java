package dev.relate.runtime;

import java.sql.SQLException;
import java.util.Locale;

/**
 * The exceptions the runtime throws, each saying what went wrong and what to do instead. Every
 * message is a {@link Text} with a stable id that docs/errors.md ("Runtime exceptions") explains,
 * printed in front as compile errors print theirs: {@code [RelateNullArgument] the owner passed for
 * Parent.children is null}. The pieces of wording that fill a message ({@link Part}) live here too,
 * so that no message is assembled anywhere else.
 */
final class Problems {
    private Problems() {
    }

    /** Every runtime message, with its id. */
    enum Text {
        NULL_ARGUMENT("RelateNullArgument", "the %s passed for %s is null"),
        NULL_ELEMENTS("RelateNullElements", "the %s given for %s are null"),
        NULL_ELEMENT("RelateNullElement", "%s cannot hold null"),
        LINK_NULL("RelateLinkNull", "%s cannot link null"),
        NULL_ASSIGNED("RelateNullAssigned", "the element whose %s owner is set is null"),
        NO_SCALAR_END("RelateNoScalarEnd", "the elements of %s hold no owner to set: assign is for the"
                + " collection end of a one-to-many relationship; add and remove link the elements of this end"),
        EQUAL_ELEMENT("RelateEqualElement", "%s already holds an element equal to %s that is a different object;"
                + " relate links objects by identity, so it cannot add this one (check the equals, hashCode or"
                + " comparator of its class)"),
        ALREADY_AT("RelateAlreadyAt", "%s is already in %s at index %s; remove it first, or use set(index, element)"
                + " to swap two elements"),
        DUPLICATE_INCOMING("RelateDuplicateIncoming", "%s appears twice in the elements given for %s; a relationship"
                + " collection holds each object once"),
        CANNOT_CREATE_COLLECTION("RelateCannotCreateCollection", "%s is null and relate cannot create it: initialize"
                + " the field (relate creates a missing collection only for a writable field of a type it can"
                + " instantiate)"),
        CANNOT_CREATE_ASSOCIATION("RelateCannotCreateAssociation", "%s %s, so relate cannot create one: create the"
                + " association yourself and pass it to link(left, right, association)"),
        INDEX_OUT_OF_BOUNDS("RelateIndexOutOfBounds", "Index: %s, Size: %s"),
        RANGE_OUT_OF_BOUNDS("RelateRangeOutOfBounds", "fromIndex %s, toIndex %s, size %s"),
        NO_CURRENT_ELEMENT("RelateNoCurrentElement", "no element to change: call next() or previous() first"),
        NULL_TO_SAVE("RelateNullToSave", "the objects whose links to save in %s contain null; nothing was written"),
        GIVEN_TWICE("RelateGivenTwice", "%s is given twice to be saved in %s; nothing was written: give each object"
                + " once"),
        SAME_ID_TO_SAVE("RelateSameIdToSave", "%s and %s have the same id %s, so their links cannot both be saved"
                + " in %s; nothing was written"),
        HOLDS_NULL("RelateHoldsNull", "%s holds null among its %s, which %s cannot store; nothing was written"),
        SAME_PAIR("RelateSamePair", "%s and %s both link the ids (%s, %s), which %s stores once; nothing was"
                + " written: link each pair once, and give objects that are linked distinct ids"),
        NULL_TO_LOAD("RelateNullToLoad", "the objects to link from the rows of %s contain null; nothing was loaded"),
        SAME_ID_TO_LOAD("RelateSameIdToLoad", "%s and %s have the same id %s, so rows of %s cannot tell them apart;"
                + " nothing was loaded"),
        WITHOUT_ID("RelateWithoutId", "%s has no id, so %s cannot be stored in %s"),
        VALUE_DOES_NOT_FIT("RelateValueDoesNotFit", "the value of %s of %s %s in %s; nothing was written"),
        SAVE_FAILED("RelateSaveFailed", "saving rows of %s failed, and %s: %s"),
        CYCLE("RelateCycle", "%s is an ancestor of %s, so it cannot be added to %s of %s: the relationship is"
                + " acyclic, and the link would make a cycle; nothing was changed"),
        OWN_PARENT("RelateOwnParent", "%s cannot be added to %s of itself: the relationship is acyclic, and an"
                + " object that is its own parent is a cycle; nothing was changed"),
        ALREADY_LINKED("RelateAlreadyLinked", "%s already holds %s, which links %s with %s; their association"
                + " class links each pair once (@AssociationObject(unique = true)), so nothing changed: change"
                + " the association that is there (find(left, right)), or unlink it first"),
        NULL_KEY("RelateNullKey", "%s cannot hold %s under a null key: %s is null; give it a key first"),
        KEY_MISMATCH("RelateKeyMismatch", "%s holds each element under its %s, so %s cannot be put under %s: its key"
                + " is %s; nothing was changed: put it under its own key"),
        KEY_TAKEN("RelateKeyTaken", "%s cannot move %s to its new key %s (its %s): %s is under that key; nothing was"
                + " changed: remove that one first, or add %s again, which replaces it"),
        DUPLICATE_KEY("RelateDuplicateKey", "%s and %s have the same key %s (their %s), so %s cannot hold both;"
                + " nothing was changed");

        private final String id;
        private final String template;

        Text(String id, String template) {
            this.id = id;
            this.template = template;
        }

        /** The stable id, {@code RelateNullArgument}. */
        String id() {
            return id;
        }

        /** The message with its id in front: {@code [RelateNullArgument] ...}. */
        String format(Object... args) {
            return "[" + id + "] " + String.format(Locale.ROOT, template, args);
        }
    }

    /** The pieces of wording that fill the holes of a {@link Text}; they have no id of their own. */
    enum Part {
        OWNER("owner"),
        OBJECT_TO_DETACH("object to detach"),
        LEFT_OBJECT("left object"),
        RIGHT_OBJECT("right object"),
        ASSOCIATION("association"),
        FILTER("filter"),
        ELEMENTS("elements"),
        OBJECTS_TO_REMOVE("objects to remove"),
        OBJECTS_TO_KEEP("objects to keep"),
        /** What a link table stores of an object, as in "its links cannot be stored". */
        ITS_LINKS("its links"),
        LINKS("links"),
        ASSOCIATIONS("associations"),
        /** A row of a link table, as {@link Text#SAME_PAIR} names it. */
        LINK_ROW("the link %s -> %s"),
        /** A row of an association object's table. */
        ASSOCIATION_ROW("the association %s of %s and %s"),
        NO_CONSTRUCTOR("has no constructor without parameters that relate can call"),
        TOO_LONG("has %s characters, more than the %s of its column"),
        TOO_MANY_DECIMALS("has %s digits after the point, more than the %s its column keeps (the database would"
                + " round it)"),
        TOO_MANY_DIGITS("has %s digits before the point, more than the %s its column holds"),
        TOO_PRECISE_TIME("has %s digits after the point of its seconds, more than the %s its column keeps (the"
                + " database would round it)"),
        TABLE_AS_IT_WAS("the table is as it was"),
        ROLLBACK_FAILED("rolling back failed too (its exception is suppressed in the cause): the table may be"
                + " partly written, so autocommit is left off; roll back or close the connection"),
        CALLERS_ROLLBACK("the caller's rollback undoes what was written");

        private final String template;

        Part(String template) {
            this.template = template;
        }

        String format(Object... args) {
            return String.format(Locale.ROOT, template, args);
        }

        /** The wording of a part without holes. */
        String text() {
            return template;
        }
    }

    static NullPointerException nullArgument(Part what, String name) {
        return new NullPointerException(Text.NULL_ARGUMENT.format(what.text(), name));
    }

    static NullPointerException nullOwner(String end) {
        return nullArgument(Part.OWNER, end);
    }

    static NullPointerException nullElements(Part what, String name) {
        return new NullPointerException(Text.NULL_ELEMENTS.format(what.text(), name));
    }

    static NullPointerException nullElement(String end) {
        return new NullPointerException(Text.NULL_ELEMENT.format(end));
    }

    static NullPointerException linkNull(String name) {
        return new NullPointerException(Text.LINK_NULL.format(name));
    }

    static NullPointerException nullAssigned(String end) {
        return new NullPointerException(Text.NULL_ASSIGNED.format(end));
    }

    static UnsupportedOperationException noScalarEnd(String end) {
        return new UnsupportedOperationException(Text.NO_SCALAR_END.format(end));
    }

    static IllegalArgumentException equalElement(String end, Object element) {
        return new IllegalArgumentException(Text.EQUAL_ELEMENT.format(end, element));
    }

    static IllegalArgumentException alreadyAt(String end, Object element, int index) {
        return new IllegalArgumentException(Text.ALREADY_AT.format(element, end, index));
    }

    static IllegalArgumentException duplicateIncoming(String end, Object element) {
        return new IllegalArgumentException(Text.DUPLICATE_INCOMING.format(element, end));
    }

    static IllegalStateException cannotCreate(String end) {
        return new IllegalStateException(Text.CANNOT_CREATE_COLLECTION.format(end));
    }

    /** @param reason why, said of the class: "is abstract" */
    static UnsupportedOperationException cannotCreateAssociation(String name, String reason) {
        return new UnsupportedOperationException(Text.CANNOT_CREATE_ASSOCIATION.format(name, reason));
    }

    /** @param end the acyclic collection end; {@code element}, an ancestor of {@code owner}, was to join it */
    static IllegalArgumentException cycle(String end, Object element, Object owner) {
        return new IllegalArgumentException(Text.CYCLE.format(element, owner, end, owner));
    }

    static IllegalArgumentException ownParent(String end, Object element) {
        return new IllegalArgumentException(Text.OWN_PARENT.format(element, end));
    }

    static IndexOutOfBoundsException indexOutOfBounds(int index, int size) {
        return new IndexOutOfBoundsException(Text.INDEX_OUT_OF_BOUNDS.format(index, size));
    }

    static IndexOutOfBoundsException rangeOutOfBounds(int fromIndex, int toIndex, int size) {
        return new IndexOutOfBoundsException(Text.RANGE_OUT_OF_BOUNDS.format(fromIndex, toIndex, size));
    }

    static IllegalStateException noCurrentElement() {
        return new IllegalStateException(Text.NO_CURRENT_ELEMENT.format());
    }

    static IllegalArgumentException nullToSave(String table) {
        return new IllegalArgumentException(Text.NULL_TO_SAVE.format(table));
    }

    static IllegalArgumentException givenTwice(Object object, String table) {
        return new IllegalArgumentException(Text.GIVEN_TWICE.format(object, table));
    }

    static IllegalArgumentException sameIdToSave(Object one, Object other, Object id, String table) {
        return new IllegalArgumentException(Text.SAME_ID_TO_SAVE.format(one, other, id, table));
    }

    static IllegalStateException holdsNull(Object holder, String what, String table) {
        return new IllegalStateException(Text.HOLDS_NULL.format(holder, what, table));
    }

    static IllegalStateException samePair(String before, String row, Object leftId, Object rightId, String table) {
        return new IllegalStateException(Text.SAME_PAIR.format(before, row, leftId, rightId, table));
    }

    static IllegalArgumentException nullToLoad(String table) {
        return new IllegalArgumentException(Text.NULL_TO_LOAD.format(table));
    }

    static IllegalArgumentException sameIdToLoad(Object one, Object other, Object id, String table) {
        return new IllegalArgumentException(Text.SAME_ID_TO_LOAD.format(one, other, id, table));
    }

    static IllegalStateException withoutId(Object object, String what, String table) {
        return new IllegalStateException(Text.WITHOUT_ID.format(object, what, table));
    }

    /** @param problem what is wrong with the value, a {@link Part}: "has 300 characters, ..." */
    static IllegalStateException valueDoesNotFit(String column, Object owner, String problem, String table) {
        return new IllegalStateException(Text.VALUE_DOES_NOT_FIT.format(column, owner, problem, table));
    }

    static NullPointerException nullKey(String end, String keyName, Object element) {
        return new NullPointerException(Text.NULL_KEY.format(end, element, keyName));
    }

    static IllegalArgumentException keyMismatch(String end, Object key, Object element, String keyName, Object own) {
        return new IllegalArgumentException(Text.KEY_MISMATCH.format(end, keyName, element, key, own));
    }

    static IllegalStateException keyTaken(String end, Object element, String keyName, Object key, Object there) {
        return new IllegalStateException(Text.KEY_TAKEN.format(end, element, key, keyName, there, element));
    }

    static IllegalArgumentException duplicateKey(String end, Object one, Object other, String keyName, Object key) {
        return new IllegalArgumentException(Text.DUPLICATE_KEY.format(one, other, key, keyName, end));
    }

    static IllegalStateException alreadyLinked(String end, Object existing, Object owner, Object paired) {
        return new IllegalStateException(Text.ALREADY_LINKED.format(end, existing, owner, paired));
    }

    /**
     * The exception for a failed save, with the database's state and code.
     *
     * @param outcome what became of the rows: {@link Part#TABLE_AS_IT_WAS}, {@link Part#ROLLBACK_FAILED}
     *     or {@link Part#CALLERS_ROLLBACK}
     */
    static SQLException saveFailed(String table, Part outcome, SQLException cause) {
        return new SQLException(Text.SAVE_FAILED.format(table, outcome.text(), cause.getMessage()), cause.getSQLState(),
                cause.getErrorCode(), cause);
    }
}
