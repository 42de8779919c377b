package dev.relate.runtime;

import java.util.LinkedList;

/** Template for {@link Fresh}: a sequential list (not {@code RandomAccess}) of a class other than the JDK's. */
final class FreshLinkedList extends LinkedList<Object> {
    private static final long serialVersionUID = 1L;

    FreshLinkedList() {
    }
}
