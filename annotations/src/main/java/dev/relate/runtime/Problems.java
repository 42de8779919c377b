package dev.relate.runtime;

/** The exceptions the runtime throws, each saying what went wrong and what to do instead. */
final class Problems {
    private Problems() {
    }

    static NullPointerException nullOwner(String end) {
        return new NullPointerException("the owner passed for " + end + " is null");
    }

    static NullPointerException nullElement(String end) {
        return new NullPointerException(end + " cannot hold null");
    }

    static IllegalArgumentException equalElement(String end, Object element) {
        return new IllegalArgumentException(end + " already holds an element equal to " + element
                + " that is a different object; relate links objects by identity, so it cannot add this one"
                + " (check the equals, hashCode or comparator of its class)");
    }

    static IllegalArgumentException alreadyAt(String end, Object element, int index) {
        return new IllegalArgumentException(element + " is already in " + end + " at index " + index
                + "; remove it first, or use set(index, element) to swap two elements");
    }

    static IllegalArgumentException duplicateIncoming(String end, Object element) {
        return new IllegalArgumentException(element + " appears twice in the elements given for " + end
                + "; a relationship collection holds each object once");
    }

    static IllegalStateException cannotCreate(String end) {
        return new IllegalStateException(end + " is null and relate cannot create it: initialize the field"
                + " (relate creates a missing collection only for a writable field of a type it can instantiate)");
    }
}
