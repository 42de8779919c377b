package dev.relate.benchmarks.access;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link HandlePerson} as relate reaches it for Java 8: a private field through its getter and setter.
 * It carries no relate annotation, so that relate writes nothing for it here; its helpers,
 * {@link AccessorPersonRelations}, are what relate wrote for it with {@code --release 8}.
 */
public class AccessorPerson {
    private List<AccessorPhone> phones = new ArrayList<>();

    public List<AccessorPhone> getPhones() {
        return phones;
    }

    public void setPhones(List<AccessorPhone> phones) {
        this.phones = phones;
    }
}
