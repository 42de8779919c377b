package dev.relate.examples.onetoone;

import dev.relate.OneToOneRel;

/**
 * The one-to-one in JPA's words: {@code @OneToOneRel(mappedBy = "holder")} is the end mapped by
 * {@link Passport#holder}, which owns the relationship ({@code @OneToManyRel(uselist = false)} in
 * SQLAlchemy's spelling).
 */
public class Person {
    final String name;

    @OneToOneRel(mappedBy = "holder")
    Passport passport;

    public Person(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
